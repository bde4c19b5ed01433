namespace SearchApp.Core.Facets;

/// <summary>
/// One dimension taking part in a drill-sideways pass: counted (it has <see cref="Counts"/>),
/// filtered (it has <see cref="Selected"/>), or both. Per request; not shared between threads.
/// </summary>
internal sealed class CountedDimension(DimensionOrdinals ordinals, int[]? counts, int[]? selected)
{
    public DimensionOrdinals Ordinals { get; } = ordinals;

    /// <summary>Global ordinal → number of documents; null when the dimension is only filtered.</summary>
    public int[]? Counts { get; } = counts;

    /// <summary>
    /// Global ordinals of the selected values (OR), or null when the dimension does not filter.
    /// Empty (not null) when every selected value is unknown to the index: then no document passes.
    /// </summary>
    public int[]? Selected { get; } = selected;

    public bool IsFiltered => Selected is not null;
}
