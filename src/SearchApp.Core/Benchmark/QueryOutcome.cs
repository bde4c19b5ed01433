namespace SearchApp.Core.Benchmark;

/// <summary>One query's answer, as written to (and read from) a <c>--results</c> line.</summary>
/// <param name="Facets">Dimension → [label, count] pairs, top 10 by count then label byte order.</param>
public sealed record QueryOutcome(
    string Q,
    int Total,
    IReadOnlyList<string> Top,
    IReadOnlyDictionary<string, IReadOnlyList<KeyValuePair<string, int>>> Facets,
    IReadOnlyList<string> Snippets);
