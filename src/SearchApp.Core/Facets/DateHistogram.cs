namespace SearchApp.Core.Facets;

/// <summary>
/// Publication dates of the hits, bucketed by month (or by day for short ranges), empty buckets kept
/// so a chart has no gaps. <see cref="DatedHits"/> equals the sum of the bucket counts; hits without a
/// date are counted in <see cref="UndatedHits"/> only.
/// </summary>
public sealed record DateHistogram(DateGranularity Granularity, IReadOnlyList<DateBucket> Buckets, int DatedHits, int UndatedHits)
{
    public static DateHistogram Empty { get; } = new(DateGranularity.Month, [], 0, 0);
}
