using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SearchApp.Core.Benchmark;

/// <summary>Reads and writes the benchmark's JSON: the report object and the per-query result lines.</summary>
public static class BenchmarkJson
{
    // Arabic stays readable in result files; these files are data, never embedded in HTML.
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Indented = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    public static string OutcomeLine(QueryOutcome outcome)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Compact))
        {
            w.WriteStartObject();
            w.WriteString("q", outcome.Q);
            w.WriteNumber("total", outcome.Total);
            w.WriteStartArray("top");
            outcome.Top.ToList().ForEach(w.WriteStringValue);
            w.WriteEndArray();
            w.WriteStartObject("facets");
            foreach (var (dimension, values) in outcome.Facets)
            {
                w.WriteStartArray(dimension);
                foreach (var (label, count) in values)
                {
                    w.WriteStartArray();
                    w.WriteStringValue(label);
                    w.WriteNumberValue(count);
                    w.WriteEndArray();
                }

                w.WriteEndArray();
            }

            w.WriteEndObject();
            w.WriteStartArray("snippets");
            outcome.Snippets.ToList().ForEach(w.WriteStringValue);
            w.WriteEndArray();
            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static void WriteOutcomes(string path, IEnumerable<QueryOutcome> outcomes) =>
        File.WriteAllLines(path, outcomes.Select(OutcomeLine));

    public static QueryOutcome ParseOutcome(string line)
    {
        using var doc = JsonDocument.Parse(line);
        var root = doc.RootElement;
        var facets = new Dictionary<string, IReadOnlyList<KeyValuePair<string, int>>>(StringComparer.Ordinal);
        foreach (var dimension in root.GetProperty("facets").EnumerateObject())
        {
            facets[dimension.Name] = dimension.Value.EnumerateArray()
                .Select(pair => new KeyValuePair<string, int>(pair[0].GetString()!, pair[1].GetInt32()))
                .ToList();
        }

        return new QueryOutcome(
            root.GetProperty("q").GetString()!,
            root.GetProperty("total").GetInt32(),
            root.GetProperty("top").EnumerateArray().Select(e => e.GetString()!).ToList(),
            facets,
            root.TryGetProperty("snippets", out var s) ? s.EnumerateArray().Select(e => e.GetString() ?? "").ToList() : []);
    }

    public static List<QueryOutcome> ReadOutcomes(string path) =>
        File.ReadLines(path).Where(l => !string.IsNullOrWhiteSpace(l)).Select(ParseOutcome).ToList();

    public static string Report(BenchmarkReport report)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Indented))
        {
            w.WriteStartObject();
            w.WriteStartObject("index");
            w.WriteNumber("docs", report.Index.Docs);
            w.WriteNumber("seconds", Math.Round(report.Index.Seconds, 2));
            w.WriteNumber("docs_per_sec", Math.Round(report.Index.DocsPerSec, 1));
            w.WriteNumber("index_mb", Math.Round(report.Index.IndexMb, 1));
            w.WriteNumber("peak_rss_mb", Math.Round(report.Index.PeakRssMb, 1));
            w.WriteNumber("peak_heap_mb", Math.Round(report.Index.PeakHeapMb, 1));
            w.WriteEndObject();
            w.WriteStartObject("query");
            w.WriteNumber("queries", report.Queries);
            w.WriteNumber("total_hits_sum", report.TotalHitsSum);
            w.WriteNumber("facet_state_ms", Math.Round(report.FacetStateMs, 2));
            Latency(w, "single_thread", report.SingleThread);
            Latency(w, "two_threads", report.TwoThreads);
            w.WriteEndObject();
            if (report.Comparison is { } c)
            {
                w.WriteStartObject("reference");
                w.WriteNumber("queries", c.Queries);
                w.WriteNumber("matched", c.Matched);
                w.WriteNumber("totals_equal", c.TotalsEqual);
                w.WriteNumber("facet_lists_equal", c.FacetListsEqual);
                w.WriteNumber("facet_dimension_lists_equal", c.FacetDimensionListsEqual);
                w.WriteNumber("facet_dimension_lists", c.FacetDimensionLists);
                w.WriteNumber("top10_sets_equal", c.TopSetsEqual);
                w.WriteNumber("top10_orders_equal", c.TopOrdersEqual);
                w.WriteNumber("snippets_compared", c.SnippetsCompared);
                w.WriteNumber("snippets_equal", c.SnippetsEqual);
                w.WriteStartArray("mismatches");
                c.Mismatches.ToList().ForEach(w.WriteStringValue);
                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteStartObject("environment");
            w.WriteString("engine", "Lucene.Net " + typeof(Lucene.Net.Index.IndexWriter).Assembly
                .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion);
            w.WriteString("runtime", System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription);
            w.WriteNumber("processors", Environment.ProcessorCount);
            w.WriteString("directory", report.Directory);
            w.WriteBoolean("tiered_compilation", TieredCompilation());
            w.WriteString("loadavg_before", report.LoadBefore);
            w.WriteString("loadavg_after", report.LoadAfter);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    // The environment variable wins over runtimeconfig.json, as it does for the runtime itself.
    private static bool TieredCompilation()
    {
        var env = Environment.GetEnvironmentVariable("DOTNET_TieredCompilation") ?? Environment.GetEnvironmentVariable("COMPlus_TieredCompilation");
        if (env is not null)
        {
            return env.Trim() != "0";
        }

        return !(AppContext.GetData("System.Runtime.TieredCompilation") is string configured && bool.TryParse(configured, out var on) && !on);
    }

    private static void Latency(Utf8JsonWriter w, string name, LatencySummary s)
    {
        w.WriteStartObject(name);
        w.WriteNumber("samples", s.Samples);
        w.WriteNumber("p50_ms", Math.Round(s.P50Ms, 3));
        w.WriteNumber("p95_ms", Math.Round(s.P95Ms, 3));
        w.WriteNumber("p99_ms", Math.Round(s.P99Ms, 3));
        w.WriteNumber("qps", Math.Round(s.Qps, 1));
        w.WriteEndObject();
    }
}
