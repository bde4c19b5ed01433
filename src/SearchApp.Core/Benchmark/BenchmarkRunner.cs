using System.Diagnostics;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using SearchApp.Core.Facets;

namespace SearchApp.Core.Benchmark;

/// <summary>
/// The benchmark workload of shared/bench/WORKLOAD.md: index the corpus, build the facet state once
/// (timed apart as facet_state_ms), warm up with 2 passes (the first gives the per-query results), then
/// REPEAT passes on one thread and REPEAT passes on each of two threads, timing every query from parse
/// to snippets.
/// </summary>
public sealed class BenchmarkRunner
{
    public const int WarmUpPasses = 2;

    public BenchmarkReport Run(BenchmarkOptions options, TextWriter? log = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var loadBefore = LoadAverage();
        var queries = ReadQueries(options.QueriesPath);
        var reference = options.ComparePath is null ? null : BenchmarkJson.ReadOutcomes(options.ComparePath);
        var indexPath = options.IndexPath ?? Path.Combine(Path.GetTempPath(), "searchapp-bench-" + Guid.NewGuid().ToString("N"));
        using var analyzer = new ArabicAnalyzer(LuceneVersion.LUCENE_48);
        try
        {
            log?.WriteLine($"bench: indexing {options.CorpusPath} into {indexPath}");
            var index = new BenchmarkIndexer(analyzer).Build(options.CorpusPath, indexPath, options.MaxDocs);
            log?.WriteLine($"bench: {index.Docs} docs in {index.Seconds:F1} s ({index.DocsPerSec:F0} docs/s)");
            GC.Collect(); // indexing garbage must not be collected inside the query timings

            using FSDirectory directory = options.Directory == IndexDirectoryKind.MMap
                ? new MMapDirectory(new DirectoryInfo(indexPath))
                : new NIOFSDirectory(new DirectoryInfo(indexPath));
            using var reader = DirectoryReader.Open(directory);
            var searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };

            var stateWatch = Stopwatch.StartNew();
            FacetState.For(reader).Prepare(BenchmarkQueryExecutor.Dimensions);
            var facetStateMs = stateWatch.Elapsed.TotalMilliseconds;

            var executor = new BenchmarkQueryExecutor(searcher, analyzer);
            var outcomes = queries.Select(executor.Run).ToList();
            if (options.ResultsPath is not null)
            {
                BenchmarkJson.WriteOutcomes(options.ResultsPath, outcomes);
            }

            for (var pass = 1; pass < WarmUpPasses; pass++)
            {
                queries.ForEach(q => executor.Run(q));
            }

            log?.WriteLine($"bench: {queries.Count} queries warmed up; measuring {options.Repeat} passes on 1 thread");
            var single = Measure(searcher, analyzer, queries, options.Repeat, threads: 1);
            log?.WriteLine("bench: measuring 2 threads");
            var two = Measure(searcher, analyzer, queries, options.Repeat, threads: 2);
            var comparison = reference is null ? null : ReferenceComparison.Compare(outcomes, reference);
            return new BenchmarkReport(
                index, queries.Count, outcomes.Sum(o => (long)o.Total), facetStateMs, single, two, outcomes, comparison, loadBefore, LoadAverage())
            {
                Directory = directory.GetType().Name,
            };
        }
        finally
        {
            if (options.IndexPath is null && System.IO.Directory.Exists(indexPath))
            {
                System.IO.Directory.Delete(indexPath, recursive: true);
            }
        }
    }

    /// <summary>Query lines trimmed, empty lines skipped.</summary>
    public static List<string> ReadQueries(string path) =>
        File.ReadLines(path).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

    /// <summary>
    /// Each thread runs <paramref name="repeat"/> passes with its own executor (own QueryParser); thread t
    /// starts t/threads of the way through the list so the threads do not run the same query in lockstep.
    /// </summary>
    private static LatencySummary Measure(IndexSearcher searcher, Analyzer analyzer, List<string> queries, int repeat, int threads)
    {
        var perThread = new double[threads][];
        using var start = new ManualResetEventSlim(false);
        var workers = new Thread[threads];
        for (var t = 0; t < threads; t++)
        {
            var id = t;
            workers[t] = new Thread(() =>
            {
                var executor = new BenchmarkQueryExecutor(searcher, analyzer);
                var samples = new double[repeat * queries.Count];
                var offset = id * queries.Count / threads;
                start.Wait();
                for (var i = 0; i < samples.Length; i++)
                {
                    var began = Stopwatch.GetTimestamp();
                    executor.Run(queries[(offset + i) % queries.Count]);
                    samples[i] = Stopwatch.GetElapsedTime(began).TotalMilliseconds;
                }

                perThread[id] = samples;
            })
            { Name = "bench-" + t, IsBackground = true };
            workers[t].Start();
        }

        var wall = Stopwatch.StartNew();
        start.Set();
        foreach (var worker in workers)
        {
            worker.Join();
        }

        var seconds = wall.Elapsed.TotalSeconds;
        return LatencySummary.From(perThread.SelectMany(s => s).ToArray(), seconds);
    }

    private static string LoadAverage()
    {
        try
        {
            return File.ReadAllText("/proc/loadavg").Trim();
        }
        catch (IOException)
        {
            return "";
        }
        catch (UnauthorizedAccessException)
        {
            return "";
        }
    }
}
