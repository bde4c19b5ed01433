using Lucene.Net.Search;

namespace SearchApp.Core.Facets;

/// <summary>A faceted search: base query, facet filters, which dimensions to count, how many hits to keep.</summary>
public sealed record FacetSearchRequest
{
    /// <summary>The user's query; null means all documents.</summary>
    public Query? Query { get; init; }

    public FacetFilters Filters { get; init; } = FacetFilters.None;

    /// <summary>Dimensions to count (drill-sideways for the filtered ones).</summary>
    public IReadOnlyList<string> Dimensions { get; init; } = [];

    /// <summary>How many values per dimension (by count, ties by label byte order); selected values come on top.</summary>
    public int TopValues { get; init; } = 10;

    /// <summary>How many top documents to keep (offset + page size when paging); 0 keeps none.</summary>
    public int Hits { get; init; } = 10;

    /// <summary>Sort for the hits; null means relevance.</summary>
    public Sort? Sort { get; init; }

    /// <summary>Whether to build the publication-date histogram of the hits.</summary>
    public bool DateHistogram { get; init; }
}
