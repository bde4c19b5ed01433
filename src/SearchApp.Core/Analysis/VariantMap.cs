namespace SearchApp.Core.Analysis;

/// <summary>
/// Groups of spellings of the same (mostly transliterated) name: أمريكا/أميركا, ترامب/ترمب,
/// جوجل/غوغل/قوقل. Loaded from Data/variants.tsv: one group per line, members separated by tabs or
/// spaces, '#' comments; members are normalised on load so the file can be written naturally.
/// Built by hand from <see cref="VariantMiner"/> candidates plus curated groups (see the file header).
/// </summary>
public sealed class VariantMap
{
    private readonly Dictionary<string, string[]> _groupOf;

    public VariantMap(IEnumerable<IReadOnlyCollection<string>> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        _groupOf = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var members = group.Select(ArabicFolding.NormalizeText).Where(m => m.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
            if (members.Length < 2)
            {
                continue;
            }

            foreach (var member in members)
            {
                // A member listed in two groups joins them: variant-of is symmetric and transitive.
                if (_groupOf.TryGetValue(member, out var existing))
                {
                    members = [.. existing.Union(members, StringComparer.Ordinal)];
                }
            }

            foreach (var member in members)
            {
                _groupOf[member] = members;
            }
        }

        Groups = [.. _groupOf.Values.Distinct()];
        LongestMember = _groupOf.Keys.DefaultIfEmpty(string.Empty).Max(k => k.Length);
    }

    public static VariantMap Default => DefaultHolder.Instance;

    public IReadOnlyList<IReadOnlyList<string>> Groups { get; }

    internal int LongestMember { get; }

    /// <summary>The group containing <paramref name="member"/> (itself included), or null.</summary>
    public IReadOnlyList<string>? GroupOf(string member) =>
        _groupOf.TryGetValue(member, out var group) ? group : null;

    public static VariantMap Parse(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var groups = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            var content = hash >= 0 ? line[..hash] : line;
            var members = content.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (members.Length >= 2)
            {
                groups.Add(members);
            }
        }

        return new VariantMap(groups);
    }

    private static class DefaultHolder
    {
        internal static readonly VariantMap Instance = Load();

        private static VariantMap Load()
        {
            using var reader = EmbeddedData.Open("variants.tsv");
            return Parse(reader);
        }
    }
}
