using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace SearchApp.Core.Facets;

/// <summary>
/// Per top-level reader facet state: one <see cref="DimensionOrdinals"/> per dimension, built on first
/// use and then shared by every request on that reader. Cached in a <see cref="ConditionalWeakTable{TKey,TValue}"/>
/// keyed by the reader, so it lives exactly as long as the reader: with a SearcherManager each refreshed
/// reader gets its own state, and a closed, unreferenced reader takes its state with it.
/// (Lucene's DefaultSortedSetDocValuesReaderState plays this role in the facet module.)
/// </summary>
public sealed class FacetState
{
    private static readonly ConditionalWeakTable<IndexReader, FacetState> Cache = new();

    private readonly ConcurrentDictionary<string, Lazy<DimensionOrdinals>> dimensions = new(StringComparer.Ordinal);

    private FacetState(IndexReader reader) => Reader = reader;

    public IndexReader Reader { get; }

    /// <summary>The state of <paramref name="reader"/> (a top-level reader, i.e. <c>IndexSearcher.IndexReader</c>).</summary>
    public static FacetState For(IndexReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Cache.GetValue(reader, static r => new FacetState(r));
    }

    /// <summary>
    /// Builds the ordinal maps of <paramref name="dimensions"/> and decodes any segment not decoded yet
    /// (e.g. right after a reader refresh, or before timing a benchmark) instead of inside the first
    /// request that needs them.
    /// </summary>
    public FacetState Prepare(IEnumerable<string> dimensions)
    {
        ArgumentNullException.ThrowIfNull(dimensions);
        foreach (var dimension in dimensions)
        {
            _ = Dimension(dimension);
            foreach (var leaf in Reader.Leaves)
            {
                _ = SegmentOrdinals.For(leaf.AtomicReader, dimension);
            }
        }

        return this;
    }

    /// <summary>Distinct values of a dimension over the whole reader (live or not), in label byte order.</summary>
    public IReadOnlyList<string> Values(string dimension) => Dimension(dimension).Labels;

    internal DimensionOrdinals Dimension(string dimension) =>
        dimensions.GetOrAdd(
            dimension,
            static (name, reader) => new Lazy<DimensionOrdinals>(() => DimensionOrdinals.Build(reader, name)),
            Reader).Value;
}
