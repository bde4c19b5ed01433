using Lucene.Net.Search;

namespace SearchApp.Core.Facets;

/// <summary>
/// Faceted search on core Lucene.Net (docs/decisions/0002-facets-on-core-lucene.md): hits, document counts
/// per facet value with multi-select drill-sideways semantics, exclusions, a date range and a date
/// histogram, all from one pass over the matching documents. Stateless and thread-safe; per-reader state
/// is cached in <see cref="FacetState"/>.
/// </summary>
public sealed class FacetEngine
{
    public FacetSearchResult Search(IndexSearcher searcher, FacetSearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        ArgumentNullException.ThrowIfNull(request);

        using var pass = new FacetPass(searcher, request.Query, request.Filters, request.Dimensions);
        ICollector? top = null;
        Func<TopDocs>? topDocs = null;
        if (request.Hits > 0)
        {
            if (request.Sort is null)
            {
                var byScore = TopScoreDocCollector.Create(request.Hits, true);
                (top, topDocs) = (byScore, byScore.GetTopDocs);
            }
            else
            {
                var bySort = TopFieldCollector.Create(request.Sort, request.Hits, true, true, false, true);
                (top, topDocs) = (bySort, bySort.GetTopDocs);
            }
        }

        var collector = pass.Run(searcher, top, request.DateHistogram);

        var facets = new Dictionary<string, IReadOnlyList<FacetValue>>(StringComparer.Ordinal);
        foreach (var dimension in request.Dimensions)
        {
            if (facets.ContainsKey(dimension))
            {
                continue;
            }

            var dim = pass.Find(dimension)!;
            facets[dimension] = TopValues.Select(dim.Ordinals, dim.Counts!, request.TopValues, FacetPass.Trimmed(request.Filters.SelectedIn(dimension)));
        }

        var dates = collector.DateCounts is { } days
            ? DateHistogramBuilder.Build(days, collector.UndatedHits, request.Filters.From, request.Filters.To)
            : null;
        var docs = topDocs?.Invoke() ?? new TopDocs(collector.TotalHits, [], float.NaN);
        return new FacetSearchResult(docs, collector.TotalHits, facets, dates, pass.Query);
    }

    /// <summary>
    /// Values of one dimension whose normalised label matches the normalised text, by count then label,
    /// with counts as the dimension's facet block would show them. Values with no matching document are
    /// left out unless selected. Empty text lists the dimension's values by count.
    /// </summary>
    public IReadOnlyList<FacetValue> SearchValues(IndexSearcher searcher, FacetValueSearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        ArgumentNullException.ThrowIfNull(request);

        using var pass = new FacetPass(searcher, request.Query, request.Filters, [request.Dimension]);
        pass.Run(searcher, null, false);
        var dim = pass.Find(request.Dimension)!;
        var counts = dim.Counts!;
        var selected = new HashSet<string>(FacetPass.Trimmed(request.Filters.SelectedIn(request.Dimension)), StringComparer.Ordinal);
        var text = FacetNormalizer.Normalize(request.Text);
        var normalized = text.Length == 0 ? null : dim.Ordinals.NormalizedLabels;

        var matches = new List<(int Ord, int Count)>();
        for (var ord = 0; ord < dim.Ordinals.ValueCount; ord++)
        {
            if ((counts[ord] > 0 || selected.Contains(dim.Ordinals.Labels[ord])) &&
                (normalized is null || IsMatch(normalized[ord], text, request.Mode)))
            {
                matches.Add((ord, counts[ord]));
            }
        }

        matches.Sort((a, b) => a.Count != b.Count ? b.Count.CompareTo(a.Count) : a.Ord.CompareTo(b.Ord));
        var limit = Math.Clamp(request.Limit, 0, matches.Count);
        var result = new FacetValue[limit];
        for (var i = 0; i < limit; i++)
        {
            var label = dim.Ordinals.Labels[matches[i].Ord];
            result[i] = new FacetValue(label, matches[i].Count, selected.Contains(label));
        }

        return result;
    }

    internal static bool IsMatch(string normalizedLabel, string normalizedText, FacetMatchMode mode)
    {
        if (mode == FacetMatchMode.Substring)
        {
            return normalizedLabel.Contains(normalizedText, StringComparison.Ordinal);
        }

        for (var at = normalizedLabel.IndexOf(normalizedText, StringComparison.Ordinal); at >= 0;
             at = normalizedLabel.IndexOf(normalizedText, at + 1, StringComparison.Ordinal))
        {
            if (at == 0 || normalizedLabel[at - 1] == ' ')
            {
                return true;
            }
        }

        return false;
    }
}
