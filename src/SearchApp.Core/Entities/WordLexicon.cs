using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace SearchApp.Core.Entities;

/// <summary>
/// Word statistics learned from unlabelled news (SaudiNewsNet, 8.6 M tokens): frequencies, display
/// spellings and hierarchical word clusters. Clusters let the tagger generalise from the 125 k
/// labelled ANERcorp tokens to words it never saw labelled (Miller et al. 2004, "Name Tagging with
/// Word Clusters and Discriminative Training"; Turian et al. 2010). File: UTF-8 lines
/// <c>normalised TAB count TAB display TAB coarse TAB middle TAB fine</c>, gzip'd.
/// </summary>
public sealed class WordLexicon
{
    private readonly Dictionary<string, LexiconEntry> _entries;

    private WordLexicon(Dictionary<string, LexiconEntry> entries) => _entries = entries;

    public static WordLexicon Empty { get; } = new(new Dictionary<string, LexiconEntry>(StringComparer.Ordinal));

    public int Size => _entries.Count;

    /// <summary>Occurrences of a normalised word in the corpus (0 when unseen).</summary>
    public long Count(string normalized) => _entries.TryGetValue(normalized, out var e) ? e.Count : 0;

    public LexiconEntry? Find(string normalized) => _entries.GetValueOrDefault(normalized);

    /// <summary>The proclitic-free form of a normalised word, chosen by corpus frequency.</summary>
    public string StripOf(string normalized) =>
        _entries.TryGetValue(normalized, out var e) ? e.Stripped : Proclitics.Strip(normalized, Count);

    public static WordLexicon Read(Stream gzipped)
    {
        using var gz = new GZipStream(gzipped, CompressionMode.Decompress);
        using var reader = new StreamReader(gz, Encoding.UTF8);
        var raw = new Dictionary<string, LexiconEntry>(200_000, StringComparer.Ordinal);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            string[] f = line.Split('\t');
            if (f.Length != 6)
            {
                throw new FormatException($"lexicon line has {f.Length} fields, expected 6");
            }

            raw[f[0]] = new LexiconEntry(long.Parse(f[1], CultureInfo.InvariantCulture), f[2],
                int.Parse(f[3], CultureInfo.InvariantCulture), int.Parse(f[4], CultureInfo.InvariantCulture),
                int.Parse(f[5], CultureInfo.InvariantCulture), f[0]);
        }

        long CountOf(string w) => raw.TryGetValue(w, out var e) ? e.Count : 0;
        var entries = new Dictionary<string, LexiconEntry>(raw.Count, StringComparer.Ordinal);
        foreach (var (word, entry) in raw)
        {
            entries[word] = entry with { Stripped = Proclitics.Strip(word, CountOf) };
        }

        return new WordLexicon(entries);
    }

    /// <summary>Writes entries in the order given (the builder sorts them, so files are reproducible).</summary>
    public static void Write(Stream output, IEnumerable<(string Word, LexiconEntry Entry)> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        using var gz = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new StreamWriter(gz, new UTF8Encoding(false)) { NewLine = "\n" };
        foreach (var (word, e) in entries)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{word}\t{e.Count}\t{e.Display}\t{e.Coarse}\t{e.Middle}\t{e.Fine}"));
        }
    }
}
