using System.Diagnostics;
using System.Globalization;
using SearchApp.Core.Entities;

namespace SearchApp.Cli.Commands;

/// <summary>
/// <c>ner bench</c>: load time of the shipped model and single-thread speed, as tokens per
/// second, of tagging alone and of the whole extractor (tokenise, tag, canonicalise) over a
/// JSONL corpus (default: the bundled sample). One JSON object on stdout.
/// </summary>
public static class NerBenchmark
{
    public static int Run(CommandOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        string corpus = o.Optional("--corpus") ?? Path.Combine("index-data", "sample", "saudinewsnet-sample.jsonl");
        int limit = o.Int("--limit", int.MaxValue);
        var texts = CorpusReader.Texts(corpus).Take(limit).Select(t => t.Normalize()).ToList();

        var load = Stopwatch.StartNew();
        var extractor = EntityExtractor.LoadDefault();
        double loadSeconds = load.Elapsed.TotalSeconds;

        var sentences = texts.SelectMany(NerTokenizer.Sentences).Select(s => s.Select(t => t.Text).ToArray()).ToList();
        long tokens = sentences.Sum(s => (long)s.Length);
        foreach (var s in sentences.Take(200))
        {
            extractor.Tagger.TagIndices(s); // warm-up: JIT and caches
        }

        var clock = Stopwatch.StartNew();
        foreach (var s in sentences)
        {
            extractor.Tagger.TagIndices(s);
        }

        double tagSeconds = clock.Elapsed.TotalSeconds;
        clock.Restart();
        long mentions = 0;
        foreach (string text in texts)
        {
            mentions += extractor.Extract(text).Count;
        }

        double extractSeconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{{\"documents\":{texts.Count},\"tokens\":{tokens},\"mentions\":{mentions},\"load_seconds\":{loadSeconds:0.000},"
            + $"\"tag_tokens_per_second\":{tokens / tagSeconds:0},\"extract_tokens_per_second\":{tokens / extractSeconds:0},"
            + $"\"features\":{extractor.Tagger.Model.FeatureCount}}}"));
        return 0;
    }
}
