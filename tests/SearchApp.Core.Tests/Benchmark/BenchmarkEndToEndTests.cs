using System.Text;
using System.Text.Json;
using SearchApp.Core.Benchmark;

namespace SearchApp.Core.Tests.Benchmark;

public sealed class BenchmarkEndToEndTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("bench-e2e-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public void The_bench_workload_runs_end_to_end_and_its_totals_and_facets_equal_brute_force_counts()
    {
        var corpus = new TinyCorpus(300, seed: 7);
        var corpusPath = Path.Combine(dir, "corpus.jsonl");
        var queriesPath = Path.Combine(dir, "queries.txt");
        var resultsPath = Path.Combine(dir, "results.jsonl");
        File.WriteAllLines(corpusPath, corpus.Lines);
        string[] queries = ["alpha", "bravo delta", "\"alpha bravo\"", "echo OR foxtrot", "charlie"];
        File.WriteAllLines(queriesPath, ["  alpha  ", "", .. queries[1..]]);

        var report = new BenchmarkRunner().Run(new BenchmarkOptions
        {
            CorpusPath = corpusPath,
            QueriesPath = queriesPath,
            ResultsPath = resultsPath,
            IndexPath = Path.Combine(dir, "index"),
            Repeat = 1,
        });

        Assert.Equal(300, report.Index.Docs);
        Assert.Equal(queries.Length, report.Queries);
        Assert.Equal(queries.Length, report.SingleThread.Samples);
        Assert.Equal(2 * queries.Length, report.TwoThreads.Samples);

        var outcomes = BenchmarkJson.ReadOutcomes(resultsPath);
        Assert.Equal(queries, outcomes.Select(o => o.Q));
        for (var i = 0; i < queries.Length; i++)
        {
            var matching = corpus.Docs.Where(d => Matches(d.Tokens, queries[i])).ToList();
            Assert.Equal(matching.Count, outcomes[i].Total);
            Assert.Equal(Math.Min(10, matching.Count), outcomes[i].Top.Count);
            Assert.Equal(Math.Min(3, matching.Count), outcomes[i].Snippets.Count);
            Assert.Equal(Top10(matching.SelectMany(d => d.Persons)), outcomes[i].Facets["person"]);
            Assert.Equal(Top10(matching.Select(d => d.Source)), outcomes[i].Facets["source"]);
            Assert.Empty(outcomes[i].Facets["org"]);
        }

        Assert.Equal(outcomes.Sum(o => (long)o.Total), report.TotalHitsSum);
        Assert.Contains(outcomes[0].Snippets, s => s.Contains("<b>alpha</b>", StringComparison.Ordinal));
    }

    [Fact]
    public void The_report_is_one_json_object_with_the_fields_the_workload_names()
    {
        var report = new BenchmarkReport(
            new IndexReport(10, 1.5, 6.7, 1.2, 100, 50), 2, 7, 0.5,
            new LatencySummary(2, 1, 2, 3, 4), new LatencySummary(4, 1, 2, 3, 5), [], null, "0.1", "0.2");

        using var json = JsonDocument.Parse(BenchmarkJson.Report(report));

        var index = json.RootElement.GetProperty("index");
        foreach (var name in new[] { "docs", "seconds", "docs_per_sec", "index_mb", "peak_rss_mb" })
        {
            Assert.Equal(JsonValueKind.Number, index.GetProperty(name).ValueKind);
        }

        var query = json.RootElement.GetProperty("query");
        Assert.Equal(2, query.GetProperty("queries").GetInt32());
        Assert.Equal(7, query.GetProperty("total_hits_sum").GetInt64());
        foreach (var phase in new[] { "single_thread", "two_threads" })
        {
            foreach (var name in new[] { "p50_ms", "p95_ms", "p99_ms", "qps" })
            {
                Assert.Equal(JsonValueKind.Number, query.GetProperty(phase).GetProperty(name).ValueKind);
            }
        }
    }

    // The classic QueryParser with default AND over whitespace tokens: words, "phrases", a OR b.
    private static bool Matches(List<string> tokens, string query)
    {
        if (query.StartsWith('"'))
        {
            var phrase = query.Trim('"').Split(' ');
            return Enumerable.Range(0, tokens.Count - phrase.Length + 1).Any(at => phrase.Select((w, k) => tokens[at + k] == w).All(b => b));
        }

        return query.Contains(" OR ", StringComparison.Ordinal)
            ? query.Split(" OR ").Any(tokens.Contains)
            : query.Split(' ').All(tokens.Contains);
    }

    private static List<KeyValuePair<string, int>> Top10(IEnumerable<string> values) =>
        values.GroupBy(v => v)
            .Select(g => new KeyValuePair<string, int>(g.Key, g.Count()))
            .OrderByDescending(kv => kv.Value)
            .ThenBy(kv => Encoding.UTF8.GetBytes(kv.Key), Comparer<byte[]>.Create((a, b) => a.AsSpan().SequenceCompareTo(b)))
            .Take(10)
            .ToList();
}
