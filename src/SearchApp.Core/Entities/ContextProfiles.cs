using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace SearchApp.Core.Entities;

/// <summary>
/// How often a word of the news corpus follows or precedes each class of trigger word (a title, an
/// organisation head, a place preposition...): over 8.6 M tokens a name reveals its type by the
/// company it keeps even where the sentence at hand has no cue (the pattern evidence of Collins &amp;
/// Singer 1999 and of Riloff &amp; Jones 1999, used here as features rather than rules). Keyed by the
/// proclitic-free normalised form. File: gzip'd lines
/// <c>word TAB count TAB before-counts TAB after-counts</c>, counts comma-separated by class.
/// </summary>
public sealed class ContextProfiles
{
    private readonly Dictionary<string, (int[] Before, int[] After, long Count)> _profiles;

    private ContextProfiles(Dictionary<string, (int[], int[], long)> profiles) => _profiles = profiles;

    public static ContextProfiles Empty { get; } = new(new Dictionary<string, (int[], int[], long)>(StringComparer.Ordinal));

    public int Count => _profiles.Count;

    /// <summary>
    /// Feature values for a word: for each trigger class seen next to it, the class, the side and a
    /// bucket of its share of the word's occurrences (≥ 2 %, ≥ 10 %, ≥ 30 %).
    /// </summary>
    public IEnumerable<ulong> Values(string stripped)
    {
        if (!_profiles.TryGetValue(stripped, out var p))
        {
            yield break;
        }

        for (int side = 0; side < 2; side++)
        {
            var counts = side == 0 ? p.Before : p.After;
            for (int c = 1; c < counts.Length; c++)
            {
                double share = (double)counts[c] / p.Count;
                int bucket = share >= 0.3 ? 3 : share >= 0.1 ? 2 : share >= 0.02 ? 1 : 0;
                if (bucket > 0)
                {
                    yield return (ulong)((((side * 64) + c) * 4) + bucket);
                }
            }
        }
    }

    public static ContextProfiles Read(Stream gzipped)
    {
        using var gz = new GZipStream(gzipped, CompressionMode.Decompress);
        using var reader = new StreamReader(gz, Encoding.UTF8);
        var profiles = new Dictionary<string, (int[], int[], long)>(StringComparer.Ordinal);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            string[] f = line.Split('\t');
            if (f.Length != 4)
            {
                throw new FormatException($"context profile line has {f.Length} fields, expected 4");
            }

            profiles[f[0]] = (Counts(f[2]), Counts(f[3]), long.Parse(f[1], CultureInfo.InvariantCulture));
        }

        return new ContextProfiles(profiles);
    }

    private static int[] Counts(string field) => [.. field.Split(',').Select(x => int.Parse(x, CultureInfo.InvariantCulture))];

    /// <summary>Counts trigger classes around every token of a corpus (<paramref name="texts"/>) and writes the profiles of words seen at least <paramref name="minCount"/> times.</summary>
    public static int Build(IEnumerable<string> texts, WordLexicon lexicon, TriggerWords triggers, Stream output, int minCount = 5)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(triggers);
        int classes = triggers.ClassCount;
        var stats = new Dictionary<string, (int[] Before, int[] After, long Count)>(StringComparer.Ordinal);
        foreach (string text in texts)
        {
            foreach (var sentence in NerTokenizer.Sentences(text))
            {
                var stripped = sentence.Select(t => lexicon.StripOf(ArabicKey.Normalize(t.Text))).ToArray();
                var cls = stripped.Select(triggers.ClassOf).ToArray();
                for (int i = 0; i < stripped.Length; i++)
                {
                    if (!stats.TryGetValue(stripped[i], out var s))
                    {
                        stats[stripped[i]] = s = (new int[classes], new int[classes], 0);
                    }

                    stats[stripped[i]] = s with { Count = s.Count + 1 };
                    if (i > 0 && cls[i - 1] > 0)
                    {
                        s.Before[cls[i - 1]]++;
                    }

                    if (i + 1 < stripped.Length && cls[i + 1] > 0)
                    {
                        s.After[cls[i + 1]]++;
                    }
                }
            }
        }

        using var gz = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new StreamWriter(gz, new UTF8Encoding(false)) { NewLine = "\n" };
        int written = 0;
        foreach (var (word, s) in stats.Where(p => p.Value.Count >= minCount && (p.Value.Before.Any(c => c > 0) || p.Value.After.Any(c => c > 0)))
            .OrderByDescending(p => p.Value.Count).ThenBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{word}\t{s.Count}\t{string.Join(',', s.Before)}\t{string.Join(',', s.After)}"));
            written++;
        }

        return written;
    }
}
