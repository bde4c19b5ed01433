using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace SearchApp.Core.Entities.Training;

/// <summary>
/// Names a first-stage tagger finds in unlabelled news, as a list feature for the second stage
/// (corpus-level "prediction history", Ratinov &amp; Roth 2009): a name the tagger recognises where
/// the news gives it a clear cue (الرئيس, وزارة, في) is marked wherever it stands, even where the
/// sentence at hand has none. Jack-knifed by <see cref="PerceptronTrainer"/>: each training
/// sentence is marked by a list mined by a first-stage model that never saw it, so the second stage
/// learns how far such a list is right on names it has not been taught.
/// </summary>
/// <param name="documents">The corpus, each document its sentences' tokens, tokenised as the tagger tokenises.</param>
public sealed class CorpusMiner(IReadOnlyList<string[][]> documents, int minCount = 3, double minShare = 0.7, int strongCount = 20, double strongShare = 0.9)
{
    /// <summary>The extra mark of a name found often and almost always with one type.</summary>
    public const byte Strong = Gazetteer.GivenName;

    public IReadOnlyList<string[][]> Documents { get; } = documents;

    /// <summary>Tags every document with <paramref name="tagger"/> and returns the names it finds often with one type.</summary>
    public MinedNames Mine(NerTagger tagger, int threads = 2)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        var lexicon = tagger.Features.Lexicon;
        var partial = new Dictionary<string, int[]>[threads];
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, t =>
        {
            var counts = partial[t] = new Dictionary<string, int[]>(StringComparer.Ordinal);
            for (int d = t; d < Documents.Count; d += threads)
            {
                var sentences = Documents[d];
                var tags = tagger.TagDocument(sentences);
                for (int s = 0; s < sentences.Length; s++)
                {
                    foreach (var (first, end, tag) in BioTags.Runs(tags[s]))
                    {
                        int type = (tag - 1) / 2;
                        if (type > 2)
                        {
                            continue; // MISC is not listed
                        }

                        string key = string.Join(' ', TrainingGazetteer.NameKey(sentences[s], first, end, lexicon));
                        if (!counts.TryGetValue(key, out var c))
                        {
                            counts[key] = c = new int[3];
                        }

                        c[type]++;
                    }
                }
            }
        });

        var merged = partial[0];
        foreach (var other in partial.Skip(1))
        {
            foreach (var (key, c) in other)
            {
                if (merged.TryGetValue(key, out var m))
                {
                    for (int k = 0; k < 3; k++)
                    {
                        m[k] += c[k];
                    }
                }
                else
                {
                    merged[key] = c;
                }
            }
        }

        var names = new List<(string Name, int Type, int Count, bool Strong)>();
        foreach (var (key, c) in merged)
        {
            int total = c[0] + c[1] + c[2];
            int best = c[1] > c[0] ? (c[2] > c[1] ? 2 : 1) : (c[2] > c[0] ? 2 : 0);
            if (c[best] >= minCount && c[best] >= minShare * total)
            {
                names.Add((key, best, c[best], c[best] >= strongCount && c[best] >= strongShare * total));
            }
        }

        names.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        return new MinedNames(names);
    }
}

/// <summary>A mined name list: each name's type, how often it was found with it, and whether that is <see cref="CorpusMiner.Strong"/>.</summary>
public sealed class MinedNames(IReadOnlyList<(string Name, int Type, int Count, bool Strong)> names)
{
    private static readonly string[] TypeNames = ["PER", "LOC", "ORG"];

    public IReadOnlyList<(string Name, int Type, int Count, bool Strong)> Names { get; } = names;

    public Gazetteer ToGazetteer()
    {
        var g = new Gazetteer();
        foreach (var (name, type, _, strong) in Names)
        {
            g.Add(name.Split(' '), (byte)((1 << type) | (strong ? CorpusMiner.Strong : 0)));
        }

        return g;
    }

    /// <summary>Writes gzip'd lines <c>TYPE TAB name TAB count TAB strong</c> (1 or 0).</summary>
    public void Write(Stream output)
    {
        using var gz = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new StreamWriter(gz, new UTF8Encoding(false)) { NewLine = "\n" };
        foreach (var (name, type, count, strong) in Names)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{TypeNames[type]}\t{name}\t{count}\t{(strong ? 1 : 0)}"));
        }
    }

    public static MinedNames Read(Stream gzipped)
    {
        using var gz = new GZipStream(gzipped, CompressionMode.Decompress);
        using var reader = new StreamReader(gz, Encoding.UTF8);
        var names = new List<(string, int, int, bool)>();
        string? line;
        int number = 0;
        while ((line = reader.ReadLine()) is not null)
        {
            number++;
            string[] f = line.Split('\t');
            int type = f.Length == 4 ? Array.IndexOf(TypeNames, f[0]) : -1;
            if (type < 0 || !int.TryParse(f[2], NumberStyles.None, CultureInfo.InvariantCulture, out int count) || f[3] is not ("0" or "1"))
            {
                throw new FormatException($"corpus names line {number} is not 'TYPE TAB name TAB count TAB strong'");
            }

            names.Add((f[1], type, count, f[3] == "1"));
        }

        return new MinedNames(names);
    }
}
