using System.Buffers;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Fields = SearchApp.Core.Indexing.Fields;

namespace SearchApp.Core.Facets;

/// <summary>
/// One drill-sideways pass as planned from a request: the query to run (base ∧ exclusions ∧ dates), the
/// dimensions taking part, and their count arrays. Count arrays are rented from the shared pool and
/// returned by <see cref="Dispose"/>, so steady-state requests allocate no per-value arrays.
/// </summary>
internal sealed class FacetPass : IDisposable
{
    private readonly List<int[]> rented = [];

    public FacetPass(IndexSearcher searcher, Query? query, FacetFilters filters, IReadOnlyList<string> countedDimensions)
    {
        State = FacetState.For(searcher.IndexReader);
        Filters = filters;
        Query = BuildQuery(query, filters);

        var filtered = new List<CountedDimension>();
        var countedOnly = new List<CountedDimension>();
        var counted = new HashSet<string>(countedDimensions, StringComparer.Ordinal);
        foreach (var (dimension, values) in filters.Include)
        {
            var selected = Trimmed(values);
            if (selected.Count == 0)
            {
                continue;
            }

            var ordinals = State.Dimension(dimension);
            var ords = new HashSet<int>();
            foreach (var label in selected)
            {
                if (ordinals.OrdByLabel.TryGetValue(label, out var ord))
                {
                    ords.Add(ord);
                }
            }

            filtered.Add(new CountedDimension(ordinals, counted.Contains(dimension) ? Rent(ordinals.ValueCount) : null, [.. ords]));
        }

        foreach (var dimension in countedDimensions.Distinct(StringComparer.Ordinal))
        {
            if (!filtered.Exists(d => d.Ordinals.Name == dimension))
            {
                var ordinals = State.Dimension(dimension);
                countedOnly.Add(new CountedDimension(ordinals, Rent(ordinals.ValueCount), null));
            }
        }

        Dimensions = [.. filtered, .. countedOnly];
    }

    public FacetState State { get; }

    public FacetFilters Filters { get; }

    /// <summary>Base ∧ exclusions ∧ date range: what the collector iterates.</summary>
    public Query Query { get; }

    /// <summary>Filtered dimensions first, as <see cref="DrillSidewaysCollector"/> requires.</summary>
    public CountedDimension[] Dimensions { get; }

    public CountedDimension? Find(string dimension) => Array.Find(Dimensions, d => d.Ordinals.Name == dimension);

    public DrillSidewaysCollector Run(IndexSearcher searcher, ICollector? hits, bool collectDates)
    {
        var collector = new DrillSidewaysCollector(State, Dimensions, hits, collectDates);
        searcher.Search(Query, collector);
        collector.Finish();
        return collector;
    }

    public void Dispose()
    {
        foreach (var array in rented)
        {
            ArrayPool<int>.Shared.Return(array);
        }

        rented.Clear();
    }

    internal static Query BuildQuery(Query? query, FacetFilters filters)
    {
        var result = query ?? new MatchAllDocsQuery();
        BooleanQuery? withExclusions = null;
        foreach (var (dimension, values) in filters.Exclude)
        {
            foreach (var value in Trimmed(values))
            {
                if (withExclusions is null)
                {
                    // Coord disabled: prohibited clauses must not change the base query's scores.
                    withExclusions = new BooleanQuery(disableCoord: true) { { result, Occur.MUST } };
                }

                withExclusions.Add(new TermQuery(new Term(dimension, value)), Occur.MUST_NOT);
            }
        }

        result = withExclusions ?? result;
        if (filters.From is not null || filters.To is not null)
        {
            // A filter, not a clause: the date range restricts without scoring.
            var range = NumericRangeFilter.NewInt32Range(
                Fields.Published,
                filters.From is { } f ? FacetFields.ToYyyymmdd(f) : (int?)null,
                filters.To is { } t ? FacetFields.ToYyyymmdd(t) : (int?)null,
                true,
                true);
            result = new FilteredQuery(result, range);
        }

        return result;
    }

    internal static List<string> Trimmed(IReadOnlyList<string> values)
    {
        var list = new List<string>(values.Count);
        foreach (var value in values)
        {
            var trimmed = value?.Trim();
            if (!string.IsNullOrEmpty(trimmed) && !list.Contains(trimmed))
            {
                list.Add(trimmed);
            }
        }

        return list;
    }

    private int[] Rent(int length)
    {
        var array = ArrayPool<int>.Shared.Rent(length);
        Array.Clear(array, 0, length);
        rented.Add(array);
        return array;
    }
}
