using System.Diagnostics;
using System.Globalization;
using SearchApp.Core.Entities;

namespace SearchApp.Cli.Commands;

/// <summary>
/// <c>ner bench</c>: load time of the shipped model and single-thread speed, as tokens per
/// second, of the whole extractor (tokenise, tag, canonicalise) on first sight of the corpus
/// (cold word caches, JIT included) and again warm, and of tagging alone, over a JSONL corpus
/// (default: the bundled sample). One JSON object on stdout.
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
        double coldSeconds = Time(() => Extract(extractor, texts)); // first sight of every word, JIT included
        double tagSeconds = Time(() => sentences.ForEach(s => extractor.Tagger.TagIndices(s)));
        long mentions = 0;
        double extractSeconds = Time(() => mentions = Extract(extractor, texts));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{{\"documents\":{texts.Count},\"tokens\":{tokens},\"mentions\":{mentions},\"load_seconds\":{loadSeconds:0.000},"
            + $"\"extract_cold_tokens_per_second\":{tokens / coldSeconds:0},\"tag_tokens_per_second\":{tokens / tagSeconds:0},"
            + $"\"extract_tokens_per_second\":{tokens / extractSeconds:0},"
            + $"\"features\":{extractor.Tagger.Model.FeatureCount}}}"));
        return 0;
    }

    private static long Extract(EntityExtractor extractor, List<string> texts) => texts.Sum(t => (long)extractor.Extract(t).Count);

    private static double Time(Action action)
    {
        var clock = Stopwatch.StartNew();
        action();
        return clock.Elapsed.TotalSeconds;
    }
}
