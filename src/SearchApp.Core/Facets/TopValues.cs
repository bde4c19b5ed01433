using System.Runtime.CompilerServices;

namespace SearchApp.Core.Facets;

/// <summary>
/// Picks the top values of a dimension from its counts: by count, ties by global ordinal, which is the
/// label's UTF-8 byte order (as Lucene's TopOrdAndIntQueue does). Only values with a count above zero
/// are listed, except selected values, which are always listed so the UI can show the user's choice.
/// </summary>
internal static class TopValues
{
    public static IReadOnlyList<FacetValue> Select(DimensionOrdinals dim, int[] counts, int topN, IReadOnlyList<string> selected)
    {
        var ords = TopOrdinals(counts, dim.ValueCount, topN, out var size);
        var result = new List<FacetValue>(size + selected.Count);
        for (var i = 0; i < size; i++)
        {
            var label = dim.Labels[ords[i]];
            result.Add(new FacetValue(label, counts[ords[i]], IsSelected(selected, label)));
        }

        if (selected.Count == 0)
        {
            return result;
        }

        var extra = false;
        foreach (var raw in selected)
        {
            var label = raw.Trim();
            if (result.Exists(v => v.Value == label))
            {
                continue;
            }

            var count = dim.OrdByLabel.TryGetValue(label, out var ord) ? counts[ord] : 0;
            result.Add(new FacetValue(label, count, true));
            extra = true;
        }

        if (extra)
        {
            // Keep one order for the whole list: count, then label byte order (unknown labels last).
            result.Sort((a, b) => a.Count != b.Count ? b.Count.CompareTo(a.Count) : OrdOf(dim, a).CompareTo(OrdOf(dim, b)));
        }

        return result;
    }

    /// <summary>
    /// Ordinals of the <paramref name="topN"/> largest non-zero counts, best first. Ordinals are visited in
    /// increasing order, so a newcomer only displaces an entry with a strictly smaller count.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int[] TopOrdinals(int[] counts, int valueCount, int topN, out int size)
    {
        var topOrds = new int[Math.Max(0, Math.Min(topN, valueCount))];
        var topCounts = new int[topOrds.Length];
        size = 0;
        if (topOrds.Length == 0)
        {
            return topOrds;
        }

        for (var ord = 0; ord < valueCount; ord++)
        {
            var count = counts[ord];
            if (count == 0 || (size == topOrds.Length && count <= topCounts[size - 1]))
            {
                continue;
            }

            var at = size == topOrds.Length ? size - 1 : size++;
            while (at > 0 && topCounts[at - 1] < count)
            {
                topCounts[at] = topCounts[at - 1];
                topOrds[at] = topOrds[at - 1];
                at--;
            }

            topCounts[at] = count;
            topOrds[at] = ord;
        }

        return topOrds;
    }

    private static bool IsSelected(IReadOnlyList<string> selected, string label)
    {
        foreach (var s in selected)
        {
            if (s.AsSpan().Trim().SequenceEqual(label))
            {
                return true;
            }
        }

        return false;
    }

    private static int OrdOf(DimensionOrdinals dim, FacetValue value) =>
        dim.OrdByLabel.TryGetValue(value.Value, out var ord) ? ord : int.MaxValue;
}
