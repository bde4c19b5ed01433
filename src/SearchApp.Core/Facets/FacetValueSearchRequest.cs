using Lucene.Net.Search;

namespace SearchApp.Core.Facets;

/// <summary>
/// Values of one dimension matching typed text, with their counts under the current query and filters
/// (the dimension's own selection ignored, as in its facet block). Matching is on normalised text.
/// </summary>
public sealed record FacetValueSearchRequest
{
    public required string Dimension { get; init; }

    public string Text { get; init; } = "";

    public FacetMatchMode Mode { get; init; } = FacetMatchMode.Prefix;

    public int Limit { get; init; } = 20;

    /// <summary>The current query; null means all documents.</summary>
    public Query? Query { get; init; }

    public FacetFilters Filters { get; init; } = FacetFilters.None;
}
