namespace SearchApp.Core.Search;

/// <summary>
/// One search as the user asked for it. <see cref="Filters"/> and <see cref="Exclusions"/> are keyed by
/// facet dimension (<see cref="Indexing.Fields.FacetDimensions"/>): values are OR'ed within a dimension,
/// dimensions are AND'ed, excluded values remove documents.
/// </summary>
public sealed record SearchRequest
{
    public const int MaxQueryLength = 1000;
    public const int MaxSize = 100;

    /// <summary>Deepest result reachable by paging (like Elasticsearch's max_result_window).</summary>
    public const int MaxResultWindow = 10_000;

    public string? Query { get; init; }

    public int Page { get; init; } = 1;

    public int Size { get; init; } = 10;

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Filters { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Exclusions { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    /// <summary>Throws <see cref="SearchRequestException"/> for what cannot be served.</summary>
    public void Validate()
    {
        if (Query is { Length: > MaxQueryLength })
        {
            throw new SearchRequestException($"The query is {Query.Length} characters long; the limit is {MaxQueryLength}.");
        }

        if (Page < 1)
        {
            throw new SearchRequestException("page must be 1 or more.");
        }

        if (Size is < 1 or > MaxSize)
        {
            throw new SearchRequestException($"size must be between 1 and {MaxSize}.");
        }

        if ((long)Page * Size > MaxResultWindow)
        {
            throw new SearchRequestException($"Paging stops at result {MaxResultWindow:N0}: page {Page} of size {Size} is past it. Narrow the search instead.");
        }

        if (From is { } f && To is { } t && f > t)
        {
            throw new SearchRequestException("from must not be after to.");
        }

        foreach (var dim in Filters.Keys.Concat(Exclusions.Keys))
        {
            if (!Indexing.Fields.FacetDimensions.Contains(dim))
            {
                throw new SearchRequestException($"Unknown filter '{dim}'.");
            }
        }
    }
}
