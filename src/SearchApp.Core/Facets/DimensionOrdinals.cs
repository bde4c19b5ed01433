using Lucene.Net.Index;
using Lucene.Net.Util;

namespace SearchApp.Core.Facets;

/// <summary>
/// The global ordinal space of one facet dimension over one top-level reader: every distinct value of
/// the dimension's <see cref="SortedSetDocValues"/> across all segments gets one global ordinal, in
/// UTF-8 byte order of the label (the order Lucene sorts doc-values terms in, so ties broken by ordinal
/// are ties broken by label exactly as in Lucene's SortedSetDocValuesFacetCounts).
/// Built once per reader through <see cref="MultiDocValues.OrdinalMap"/> and flattened into one
/// int[] per segment: a plain array read per ordinal is cheaper in the per-document loop than the
/// OrdinalMap's packed-ints lookup, and costs 4 bytes per (segment, value) pair.
/// Immutable after construction, so shared by concurrent requests.
/// </summary>
internal sealed class DimensionOrdinals
{
    private string[]? normalizedLabels;

    private DimensionOrdinals(string name, string[] labels, int[][] segmentToGlobal)
    {
        Name = name;
        Labels = labels;
        SegmentToGlobal = segmentToGlobal;
        OrdByLabel = new Dictionary<string, int>(labels.Length, StringComparer.Ordinal);
        for (var i = 0; i < labels.Length; i++)
        {
            OrdByLabel[labels[i]] = i;
        }
    }

    public string Name { get; }

    /// <summary>Global ordinal → label.</summary>
    public string[] Labels { get; }

    /// <summary>Leaf ordinal (<see cref="AtomicReaderContext.Ord"/>) → segment ordinal → global ordinal.</summary>
    public int[][] SegmentToGlobal { get; }

    public Dictionary<string, int> OrdByLabel { get; }

    public int ValueCount => Labels.Length;

    /// <summary>Labels folded by <see cref="FacetNormalizer"/>, built on first use (facet value search only).</summary>
    public string[] NormalizedLabels
    {
        get
        {
            var built = Volatile.Read(ref normalizedLabels);
            if (built is null)
            {
                built = Array.ConvertAll(Labels, FacetNormalizer.Normalize);
                Volatile.Write(ref normalizedLabels, built);
            }

            return built;
        }
    }

    public static DimensionOrdinals Build(IndexReader reader, string dimension)
    {
        var leaves = reader.Leaves;
        var subs = new SortedSetDocValues[leaves.Count];
        for (var i = 0; i < subs.Length; i++)
        {
            subs[i] = leaves[i].AtomicReader.GetSortedSetDocValues(dimension) ?? DocValues.EMPTY_SORTED_SET;
        }

        if (subs.Length == 1)
        {
            return SingleSegment(dimension, subs[0]);
        }

        var termsEnums = new TermsEnum[subs.Length];
        for (var i = 0; i < subs.Length; i++)
        {
            termsEnums[i] = subs[i].GetTermsEnum();
        }

        var map = new MultiDocValues.OrdinalMap(reader.CoreCacheKey, termsEnums);
        var segmentToGlobal = new int[subs.Length][];
        for (var s = 0; s < subs.Length; s++)
        {
            var ords = new int[checked((int)subs[s].ValueCount)];
            for (var o = 0; o < ords.Length; o++)
            {
                ords[o] = checked((int)map.GetGlobalOrd(s, o));
            }

            segmentToGlobal[s] = ords;
        }

        var labels = new string[checked((int)map.ValueCount)];
        var scratch = new BytesRef();
        for (var g = 0; g < labels.Length; g++)
        {
            subs[map.GetFirstSegmentNumber(g)].LookupOrd(map.GetFirstSegmentOrd(g), scratch);
            labels[g] = scratch.Utf8ToString();
        }

        return new DimensionOrdinals(dimension, labels, segmentToGlobal);
    }

    private static DimensionOrdinals SingleSegment(string dimension, SortedSetDocValues values)
    {
        var count = checked((int)values.ValueCount);
        var labels = new string[count];
        var identity = new int[count];
        var scratch = new BytesRef();
        for (var o = 0; o < count; o++)
        {
            values.LookupOrd(o, scratch);
            labels[o] = scratch.Utf8ToString();
            identity[o] = o;
        }

        return new DimensionOrdinals(dimension, labels, [identity]);
    }
}
