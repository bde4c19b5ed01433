namespace SearchApp.Core.Entities;

/// <summary>
/// Hand-kept aliases that merge names no spelling rule can (ترامب / ترمب / دونالد ترامب, داعش /
/// الدولة الإسلامية, قسد / قوات سوريا الديمقراطية). File Data/aliases.tsv: lines
/// <c>TYPE TAB canonical TAB variant TAB variant…</c>, TYPE being PER, ORG, LOC or <c>*</c>;
/// variants are matched by <see cref="EntityCanonicalizer.AliasKey"/> (normalised, عبد ال joined), so
/// spelling variants of a variant need no line of their own.
/// </summary>
public sealed class AliasTable
{
    private readonly Dictionary<(string Type, string Key), string> _map = [];
    private readonly HashSet<(string Type, string Canonical)> _targets = [];

    public static AliasTable Empty { get; } = new();

    public int Count => _map.Count;

    public string? Resolve(string type, string key) =>
        _map.GetValueOrDefault((type, key)) ?? _map.GetValueOrDefault(("*", key));

    public bool IsTarget(string type, string canonical) =>
        _targets.Contains((type, canonical)) || _targets.Contains(("*", canonical));

    public static AliasTable Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var table = new AliasTable();
        string? line;
        int number = 0;
        while ((line = reader.ReadLine()) is not null)
        {
            number++;
            if (line.Trim().Length == 0 || line.TrimStart()[0] == '#')
            {
                continue;
            }

            string[] f = line.Split('\t', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (f.Length < 2 || !(f[0] == "*" || EntityTypes.IsKnown(f[0])))
            {
                throw new FormatException($"aliases line {number}: expected 'TYPE TAB canonical TAB variants'");
            }

            table._targets.Add((f[0], f[1]));
            foreach (string variant in f.Skip(1))
            {
                table._map[(f[0], EntityCanonicalizer.AliasKey(variant))] = f[1];
            }
        }

        return table;
    }
}
