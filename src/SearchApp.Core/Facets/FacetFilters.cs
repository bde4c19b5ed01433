namespace SearchApp.Core.Facets;

/// <summary>
/// The facet part of a search request: per dimension, values to require (OR within a dimension,
/// AND across dimensions) and values to exclude, plus an inclusive publication-date range.
/// </summary>
public sealed record FacetFilters
{
    public static FacetFilters None { get; } = new();

    /// <summary>Dimension → selected values. A dimension with no values does not filter.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Include { get; init; } =
        new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Dimension → excluded values (<c>not.person=</c>): documents with any of them are removed.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Exclude { get; init; } =
        new Dictionary<string, IReadOnlyList<string>>();

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    /// <summary>The selected values of one dimension (empty when it is not filtered).</summary>
    public IReadOnlyList<string> SelectedIn(string dimension) =>
        Include.TryGetValue(dimension, out var values) ? values : [];
}
