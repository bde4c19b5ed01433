using System.Globalization;
using SearchApp.Core.Benchmark;

namespace SearchApp.Cli.Commands;

/// <summary>
/// <c>bench --corpus FILE --queries FILE [--repeat K] [--results FILE] [--index DIR] [--compare REF] [--max-docs N] [--directory nio|mmap]</c>
/// runs the workload of shared/bench/WORKLOAD.md and prints one JSON object;
/// <c>bench compare OURS REF</c> compares two result files. The logic lives in SearchApp.Core.Benchmark.
/// </summary>
public static class BenchCommand
{
    private const string Usage =
        "usage: bench --corpus FILE --queries FILE [--repeat K] [--results FILE] [--index DIR] [--compare REF] [--max-docs N] [--directory nio|mmap] | bench compare OURS REF";

    public static int Run(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        try
        {
            if (args.Length > 0 && args[0] == "compare")
            {
                return Compare(args);
            }

            var options = Parse(args);
            var report = new BenchmarkRunner().Run(options, Console.Error);
            Console.Out.WriteLine(BenchmarkJson.Report(report));
            if (report.Comparison is { TotalsAndFacetsAgree: false } c)
            {
                Console.Error.WriteLine($"bench: reference disagrees: totals {c.TotalsEqual}/{c.Queries}, facet lists {c.FacetListsEqual}/{c.Queries}");
                return 1;
            }

            return 0;
        }
        catch (Exception e) when (e is ArgumentException or IOException or InvalidDataException or UnauthorizedAccessException or System.Text.Json.JsonException)
        {
            Console.Error.WriteLine("bench: " + e.Message.ReplaceLineEndings(" "));
            return 2;
        }
    }

    private static int Compare(string[] args)
    {
        if (args.Length != 3)
        {
            throw new ArgumentException(Usage);
        }

        var c = ReferenceComparison.Compare(BenchmarkJson.ReadOutcomes(args[1]), BenchmarkJson.ReadOutcomes(args[2]));
        Console.Out.WriteLine(
            $"totals {c.TotalsEqual}/{c.Queries} equal, facet lists {c.FacetListsEqual}/{c.Queries} equal " +
            $"({c.FacetDimensionListsEqual}/{c.FacetDimensionLists} dimension lists), top-10 sets {c.TopSetsEqual}/{c.Queries}, " +
            $"top-10 order {c.TopOrdersEqual}/{c.Queries}, snippets {c.SnippetsEqual}/{c.SnippetsCompared} (same hit)");
        foreach (var mismatch in c.Mismatches)
        {
            Console.Out.WriteLine("  " + mismatch);
        }

        return c.TotalsAndFacetsAgree ? 0 : 1;
    }

    private static BenchmarkOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                throw new ArgumentException($"unexpected '{args[i]}'; {Usage}");
            }

            values[args[i][2..]] = args[i + 1];
        }

        foreach (var key in values.Keys)
        {
            if (key is not ("corpus" or "queries" or "repeat" or "results" or "index" or "compare" or "max-docs" or "directory"))
            {
                throw new ArgumentException($"unknown option --{key}; {Usage}");
            }
        }

        if (!values.TryGetValue("corpus", out var corpus) || !values.TryGetValue("queries", out var queries))
        {
            throw new ArgumentException(Usage);
        }

        foreach (var file in new[] { corpus, queries }.Concat(values.TryGetValue("compare", out var r) ? [r] : []))
        {
            if (!File.Exists(file))
            {
                throw new FileNotFoundException($"no such file: {file}");
            }
        }

        return new BenchmarkOptions
        {
            CorpusPath = corpus,
            QueriesPath = queries,
            Repeat = PositiveInt(values, "repeat", 3),
            ResultsPath = values.GetValueOrDefault("results"),
            IndexPath = values.GetValueOrDefault("index"),
            ComparePath = values.GetValueOrDefault("compare"),
            MaxDocs = PositiveInt(values, "max-docs", int.MaxValue),
            Directory = values.GetValueOrDefault("directory", "nio") switch
            {
                "nio" => IndexDirectoryKind.Nio,
                "mmap" => IndexDirectoryKind.MMap,
                var other => throw new ArgumentException($"--directory takes nio or mmap, not '{other}'"),
            },
        };
    }

    private static int PositiveInt(Dictionary<string, string> values, string key, int fallback)
    {
        if (!values.TryGetValue(key, out var text))
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new ArgumentException($"--{key} takes a positive whole number, not '{text}'");
    }
}
