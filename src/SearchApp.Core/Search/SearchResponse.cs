using SearchApp.Core.Facets;

namespace SearchApp.Core.Search;

/// <summary>One page of results with facet counts and the date histogram.</summary>
public sealed record SearchResponse(
    int Total,
    int Page,
    int Size,
    string Parsed,
    IReadOnlyList<string> Notes,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets,
    DateHistogram Dates)
{
    /// <summary>Spelling variants searched as synonyms of the query's words.</summary>
    public IReadOnlyList<string> Variants { get; init; } = [];
}
