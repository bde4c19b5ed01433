namespace SearchApp.Core.Benchmark;

/// <summary>Everything one benchmark run measured. <see cref="Outcomes"/> are the first pass's answers.</summary>
public sealed record BenchmarkReport(
    IndexReport Index,
    int Queries,
    long TotalHitsSum,
    double FacetStateMs,
    LatencySummary SingleThread,
    LatencySummary TwoThreads,
    IReadOnlyList<QueryOutcome> Outcomes,
    ReferenceComparison? Comparison,
    string LoadBefore,
    string LoadAfter)
{
    /// <summary>The Lucene directory class the queries ran on.</summary>
    public string Directory { get; init; } = "";
}
