using System.Globalization;
using System.Text.Json;
using SearchApp.Core.Articles;
using SearchApp.Core.Evaluation;

namespace SearchApp.Cli.Commands;

/// <summary>
/// <c>eval --corpus FILE --queries eval/queries.tsv --qrels eval/qrels.tsv [--work DIR] [--pool K] [--per-query]
/// [--out DIR] [--throughput N]</c>: the relevance evaluation of issue 3 (eval/README.md, docs/relevance.md).
/// Builds or reuses in the work directory the stock baseline index, a chain-only index and the product
/// archive; scores each on the judged queries, or with <c>--pool K</c> writes the judging pool of their top K.
/// <c>--throughput N</c> times N full-corpus index builds per setup instead.
/// </summary>
public static class EvalCommand
{
    public static int Run(string[] argv)
    {
        var args = new CliArguments(argv, ["corpus", "queries", "qrels", "work", "pool", "out", "throughput", "data"], ["per-query"]);
        var corpus = Required(args, "corpus");
        var work = Path.GetFullPath(args.Get("work") ?? Path.Combine(Path.GetTempPath(), "searchapp-eval"));
        Directory.CreateDirectory(work);
        var articles = new Lazy<IReadOnlyList<Article>>(() =>
        {
            Console.Error.WriteLine($"Reading {corpus}.");
            return CorpusArticles.Load(corpus);
        });

        if (args.Has("throughput"))
        {
            return Throughput(articles.Value, args.GetInt("throughput", 3), Path.Combine(work, "throughput"));
        }

        var queries = TestCollection.ReadQueries(Required(args, "queries"));
        var qrelsPath = args.Get("qrels") ?? Path.Combine(Path.GetDirectoryName(args.Get("queries")) ?? ".", "qrels.tsv");
        if (!File.Exists(qrelsPath) && !args.Has("pool"))
        {
            throw new CliException($"no such file: {qrelsPath} (judgments are needed to score; --pool K writes the pool to judge)");
        }

        var qrels = TestCollection.ReadQrels(qrelsPath);
        var systems = OpenSystems(corpus, work, articles);
        try
        {
            if (args.Has("pool"))
            {
                var k = args.GetInt("pool", 20);
                var outDir = args.Get("out") ?? Path.Combine(work, "pool");
                var pooled = new PoolWriter(articles.Value).Write(outDir, queries, systems, k, qrels);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"pooled {pooled:N0} (query, article) pairs from the top {k} of {string.Join(", ", systems.Select(s => s.Name))} into {outDir}/pool.txt and pool.tsv"));
                return 0;
            }

            var results = systems.Select(s => Evaluator.Evaluate(s, queries, qrels)).ToList();
            var perQuery = args.Has("per-query");
            var json = EvaluationReport.Json(results, qrels.Count, perQuery);
            var markdown = EvaluationReport.Markdown(results, queries, perQuery);
            if (args.Get("out") is { } dir)
            {
                Directory.CreateDirectory(dir);
                File.WriteAllText(Path.Combine(dir, "results.json"), json);
                File.WriteAllText(Path.Combine(dir, "results.md"), markdown);
            }

            Console.WriteLine(markdown);
            Console.WriteLine(json);
            var skipped = queries.Count(q => !qrels.HasRelevant(q.Id));
            if (skipped > 0)
            {
                Console.Error.WriteLine($"{skipped} of {queries.Count} queries have no relevant judged article and are not scored.");
            }

            return 0;
        }
        finally
        {
            foreach (var system in systems)
            {
                system.Dispose();
            }
        }
    }

    private static List<IRankingSystem> OpenSystems(string corpus, string work, Lazy<IReadOnlyList<Article>> articles)
    {
        var systems = new List<IRankingSystem>();
        Console.Error.WriteLine("Opening the baseline (stock ArabicAnalyzer) index.");
        systems.Add(PlainLuceneSystem.Baseline(Path.Combine(work, "baseline"), () => articles.Value));
        Console.Error.WriteLine("Opening the chain-only index (our stemmed chain, no exact fields, no variants).");
        systems.Add(PlainLuceneSystem.ChainOnly(Path.Combine(work, "chain-only"), () => articles.Value));
        var product = ProductSystem.Open(Path.Combine(work, "ours"), corpus, articles.Value.Count, m => Console.Error.WriteLine(m));
        if (product.Ingested is { } s)
        {
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Ingested {s.Read:N0} articles in {s.Seconds:F1} s."));
        }

        systems.Add(product);
        return systems;
    }

    private static int Throughput(IReadOnlyList<Article> articles, int repeat, string scratch)
    {
        Console.Error.WriteLine($"Load before: {LoadAverage()}");
        var runs = IndexingBenchmark.Run(articles, repeat, scratch, r =>
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {r.Setup,-10} wall {r.WallSeconds,6:F1} s  cpu {r.CpuSeconds,6:F1} s  {r.DocsPerSecond,7:N0} docs/s")));
        var summary = runs.GroupBy(r => r.Setup).ToDictionary(g => g.Key, g => new
        {
            runs = g.Count(),
            median_wall_s = Math.Round(IndexingBenchmark.Median(g.Select(r => r.WallSeconds)), 2),
            median_cpu_s = Math.Round(IndexingBenchmark.Median(g.Select(r => r.CpuSeconds)), 2),
            docs_per_s = Math.Round(IndexingBenchmark.Median(g.Select(r => r.DocsPerSecond))),
            docs_per_cpu_s = Math.Round(IndexingBenchmark.Median(g.Select(r => r.DocsPerCpuSecond))),
        });
        Console.WriteLine(JsonSerializer.Serialize(new { articles = articles.Count, load_after = LoadAverage(), setups = summary }));
        return 0;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "unknown";

    private static string Required(CliArguments args, string name) =>
        args.Get(name) is { } value
            ? File.Exists(value) ? value : throw new CliException($"no such file: {value}")
            : throw new CliException($"eval needs --{name} FILE");
}
