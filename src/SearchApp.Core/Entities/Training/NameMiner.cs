using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace SearchApp.Core.Entities.Training;

/// <summary>
/// Mines a name list from unlabelled news: tag the corpus with a trained model, and keep names
/// tagged often and almost always with one type. Names that a model finds repeatedly in 2015
/// news (داعش, الحوثي) then become a gazetteer feature for the next model,
/// a light form of self-training (Yarowsky 1995; Liao &amp; Veeramachaneni 2009, "A Simple
/// Semi-supervised Algorithm for NER") that carries the tagger towards newer news than ANERcorp.
/// File: gzip'd lines <c>TYPE TAB name TAB count</c>.
/// </summary>
public sealed class NameMiner(EntityCanonicalizer canonicalizer)
{
    private readonly Dictionary<string, Dictionary<string, int>> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, int>> _spellings = new(StringComparer.Ordinal);

    public void Add(IEnumerable<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        foreach (var m in mentions)
        {
            string name = canonicalizer.StripProclitics(m.Text);
            string key = EntityCanonicalizer.Key(name);
            Increment(_types, key, m.Type);
            Increment(_spellings, key, name);
        }
    }

    /// <summary>
    /// Writes names seen at least <paramref name="minCount"/> times with one type in at least
    /// <paramref name="minShare"/> of them, leaving out names in <paramref name="known"/> (the
    /// mining model's own training names): on its training text the model finds those perfectly,
    /// so listing them would teach the next model to over-trust the list.
    /// </summary>
    public int Write(Stream output, int minCount, double minShare, Gazetteer known)
    {
        using var gz = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new StreamWriter(gz, new UTF8Encoding(false)) { NewLine = "\n" };
        int written = 0;
        foreach (var (key, types) in _types.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            int total = types.Values.Sum();
            var (type, count) = types.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Value)).First();
            if (count >= minCount && count >= minShare * total && known.Lookup(NerResources.TokenKeys(key)) == 0)
            {
                string name = _spellings[key].OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).First().Key;
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{type}\t{name}\t{count}"));
                written++;
            }
        }

        return written;
    }

    /// <summary>Reads a mined list into a gazetteer, names tokenised as the tagger tokenises.</summary>
    public static Gazetteer Read(Stream gzipped)
    {
        using var gz = new GZipStream(gzipped, CompressionMode.Decompress);
        using var reader = new StreamReader(gz, Encoding.UTF8);
        var g = new Gazetteer();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            string[] f = line.Split('\t');
            if (f.Length is not (3 or 4))
            {
                throw new FormatException("mined names line is not 'TYPE TAB name TAB count [TAB strong]'");
            }

            // A fourth field marks names found often and almost always with one type (CorpusMiner).
            g.Add(NerResources.TokenKeys(f[1]), (byte)(Gazetteer.MaskOf(f[0]) | (f.Length == 4 && f[3] == "1" ? CorpusMiner.Strong : 0)));
        }

        return g;
    }

    private static void Increment(Dictionary<string, Dictionary<string, int>> counts, string key, string value)
    {
        if (!counts.TryGetValue(key, out var inner))
        {
            counts[key] = inner = new Dictionary<string, int>(StringComparer.Ordinal);
        }

        inner[value] = inner.GetValueOrDefault(value) + 1;
    }
}
