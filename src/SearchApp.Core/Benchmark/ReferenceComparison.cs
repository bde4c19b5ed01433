namespace SearchApp.Core.Benchmark;

/// <summary>
/// How our per-query answers agree with a reference engine's. Totals and facet lists must agree exactly
/// (same analyzer chain, same counting); the top-10 order may differ where BM25 scores tie, and a
/// snippet can only agree when the hit it was cut from is the same, so those two are reported, not required.
/// </summary>
public sealed record ReferenceComparison(
    int Queries,
    int Matched,
    int TotalsEqual,
    int FacetListsEqual,
    int FacetDimensionListsEqual,
    int FacetDimensionLists,
    int TopSetsEqual,
    int TopOrdersEqual,
    int SnippetsCompared,
    int SnippetsEqual,
    IReadOnlyList<string> Mismatches)
{
    public bool TotalsAndFacetsAgree => Matched == Queries && TotalsEqual == Queries && FacetListsEqual == Queries;

    public static ReferenceComparison Compare(IReadOnlyList<QueryOutcome> ours, IReadOnlyList<QueryOutcome> reference)
    {
        var byQuery = new Dictionary<string, QueryOutcome>(StringComparer.Ordinal);
        foreach (var r in reference)
        {
            byQuery.TryAdd(r.Q, r);
        }

        int matched = 0, totals = 0, facets = 0, dimLists = 0, dimListsEqual = 0, sets = 0, orders = 0, snippets = 0, snippetsEqual = 0;
        var mismatches = new List<string>();
        foreach (var our in ours)
        {
            if (!byQuery.TryGetValue(our.Q, out var r))
            {
                mismatches.Add($"{our.Q}: not in the reference");
                continue;
            }

            matched++;
            totals += our.Total == r.Total ? 1 : 0;
            var allDims = true;
            foreach (var (dimension, values) in r.Facets)
            {
                dimLists++;
                var equal = our.Facets.TryGetValue(dimension, out var mine) && mine.SequenceEqual(values);
                dimListsEqual += equal ? 1 : 0;
                allDims &= equal;
            }

            facets += allDims ? 1 : 0;
            sets += our.Top.ToHashSet().SetEquals(r.Top) ? 1 : 0;
            orders += our.Top.SequenceEqual(r.Top) ? 1 : 0;
            for (var i = 0; i < Math.Min(our.Snippets.Count, r.Snippets.Count); i++)
            {
                if (i < our.Top.Count && i < r.Top.Count && our.Top[i] == r.Top[i])
                {
                    snippets++;
                    snippetsEqual += our.Snippets[i] == r.Snippets[i] ? 1 : 0;
                }
            }

            if ((our.Total != r.Total || !allDims) && mismatches.Count < 20)
            {
                mismatches.Add($"{our.Q}: total {our.Total} vs {r.Total}, facets {(allDims ? "equal" : "differ")}");
            }
        }

        return new ReferenceComparison(
            ours.Count, matched, totals, facets, dimListsEqual, dimLists, sets, orders, snippets, snippetsEqual, mismatches);
    }
}
