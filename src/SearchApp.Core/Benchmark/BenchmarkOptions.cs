namespace SearchApp.Core.Benchmark;

/// <summary>The <c>bench</c> command's arguments (shared/bench/WORKLOAD.md).</summary>
public sealed record BenchmarkOptions
{
    public required string CorpusPath { get; init; }

    public required string QueriesPath { get; init; }

    /// <summary>Measured passes per phase (REPEAT).</summary>
    public int Repeat { get; init; } = 3;

    /// <summary>Where to write one JSON line per query (from the first warm-up pass).</summary>
    public string? ResultsPath { get; init; }

    /// <summary>Index directory; when null a temporary one is used and deleted afterwards.</summary>
    public string? IndexPath { get; init; }

    /// <summary>Reference results (e.g. lucene-4.10.results.jsonl) to compare the first pass with.</summary>
    public string? ComparePath { get; init; }

    /// <summary>The directory implementation the query phase uses.</summary>
    public IndexDirectoryKind Directory { get; init; } = IndexDirectoryKind.Nio;

    /// <summary>Index only the first N corpus lines (quick runs and tests).</summary>
    public int MaxDocs { get; init; } = int.MaxValue;
}
