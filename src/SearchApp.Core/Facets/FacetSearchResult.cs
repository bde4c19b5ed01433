using Lucene.Net.Search;

namespace SearchApp.Core.Facets;

/// <summary>What one drill-sideways pass produced.</summary>
/// <param name="TopDocs">The best <see cref="FacetSearchRequest.Hits"/> hits (base ∧ every filter).</param>
/// <param name="TotalHits">Exact number of hits.</param>
/// <param name="Facets">Per requested dimension, in request order: values with document counts.</param>
/// <param name="Dates">The date histogram of the hits, or null when not requested.</param>
/// <param name="Query">
/// The query that was run before facet filtering (base ∧ exclusions ∧ date range); highlight with the
/// base query, not this one.
/// </param>
public sealed record FacetSearchResult(
    TopDocs TopDocs,
    int TotalHits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets,
    DateHistogram? Dates,
    Query Query);
