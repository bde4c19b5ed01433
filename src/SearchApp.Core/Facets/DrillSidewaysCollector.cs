using System.Runtime.InteropServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Fields = SearchApp.Core.Indexing.Fields;

namespace SearchApp.Core.Facets;

/// <summary>
/// One pass over the documents matching (base query ∧ exclusions ∧ date range) that yields the hits,
/// the facet counts of every requested dimension and the publication dates of the hits.
/// For each document it checks which dimension filters the document fails (the algorithm of Lucene's
/// DrillSideways, LUCENE-4748): failing none, it is a hit and counts for every dimension; failing exactly
/// one filter D, it is no hit but counts for D alone (D's counts ignore D's own selection); failing two
/// or more, it is dropped. Filtered dimensions come first in <c>dims</c> so that a document failing two
/// filters is dropped before the other dimensions are read.
/// </summary>
internal sealed class DrillSidewaysCollector : ICollector
{
    private readonly FacetState state;
    private readonly CountedDimension[] dims;
    private readonly int filteredCount;
    private readonly ICollector? hits;
    private readonly Dictionary<int, int>? dateCounts;
    private readonly SortedSetDocValues?[] segmentValues;
    private readonly int[]?[] segmentMaps;
    private readonly int[][] buffers;
    private readonly int[] lengths;
    private NumericDocValues? published;
    private IBits? publishedDocs;

    public DrillSidewaysCollector(FacetState state, CountedDimension[] dims, ICollector? hits, bool collectDates)
    {
        this.state = state;
        this.dims = dims;
        this.hits = hits;
        filteredCount = dims.Count(d => d.IsFiltered);
        for (var i = 0; i < filteredCount; i++)
        {
            if (!dims[i].IsFiltered)
            {
                throw new ArgumentException("Filtered dimensions must come first.", nameof(dims));
            }
        }

        dateCounts = collectDates ? [] : null;
        segmentValues = new SortedSetDocValues?[dims.Length];
        segmentMaps = new int[dims.Length][];
        buffers = new int[filteredCount][];
        lengths = new int[filteredCount];
        for (var i = 0; i < filteredCount; i++)
        {
            buffers[i] = new int[8];
        }
    }

    public int TotalHits { get; private set; }

    public int UndatedHits { get; private set; }

    /// <summary>yyyymmdd → number of hits published that day (null unless dates were requested).</summary>
    public Dictionary<int, int>? DateCounts => dateCounts;

    // The per-document ordinal reads assume increasing doc ids within a segment, as FacetsCollector does.
    public bool AcceptsDocsOutOfOrder => false;

    public void SetScorer(Scorer scorer) => hits?.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        var leaves = state.Reader.Leaves;
        if (context.Ord >= leaves.Count || !ReferenceEquals(leaves[context.Ord].Reader, context.Reader))
        {
            throw new InvalidOperationException("The searcher's reader is not the reader the facet state was built for.");
        }

        hits?.SetNextReader(context);
        var reader = context.AtomicReader;
        for (var i = 0; i < dims.Length; i++)
        {
            segmentValues[i] = reader.GetSortedSetDocValues(dims[i].Ordinals.Name);
            segmentMaps[i] = dims[i].Ordinals.SegmentToGlobal[context.Ord];
        }

        if (dateCounts is not null)
        {
            published = reader.GetNumericDocValues(Fields.Published);
            publishedDocs = reader.GetDocsWithField(Fields.Published);
        }
    }

    public void Collect(int doc)
    {
        var failed = -1;
        for (var i = 0; i < filteredCount; i++)
        {
            Load(i, doc);
            if (!dims[i].Matches(buffers[i], lengths[i]))
            {
                if (failed >= 0)
                {
                    return;
                }

                failed = i;
            }
        }

        if (failed >= 0)
        {
            // A near miss: counts only for the one dimension whose own selection it fails.
            AddBuffered(failed);
            return;
        }

        Hit(doc);
        for (var i = 0; i < filteredCount; i++)
        {
            AddBuffered(i);
        }

        for (var i = filteredCount; i < dims.Length; i++)
        {
            CountDirect(i, doc);
        }
    }

    private void Hit(int doc)
    {
        TotalHits++;
        hits?.Collect(doc);
        if (dateCounts is null)
        {
            return;
        }

        if (published is not null && publishedDocs is not null && publishedDocs.Get(doc))
        {
            CollectionsMarshal.GetValueRefOrAddDefault(dateCounts, (int)published.Get(doc), out _)++;
        }
        else
        {
            UndatedHits++;
        }
    }

    private void Load(int i, int doc)
    {
        var values = segmentValues[i];
        var length = 0;
        if (values is not null)
        {
            var map = segmentMaps[i]!;
            var buffer = buffers[i];
            values.SetDocument(doc);
            long ord;
            while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                if (length == buffer.Length)
                {
                    Array.Resize(ref buffers[i], length * 2);
                    buffer = buffers[i];
                }

                buffer[length++] = map[ord];
            }
        }

        lengths[i] = length;
    }

    private void AddBuffered(int i)
    {
        var counts = dims[i].Counts;
        if (counts is null)
        {
            return;
        }

        var buffer = buffers[i];
        for (var j = lengths[i] - 1; j >= 0; j--)
        {
            counts[buffer[j]]++;
        }
    }

    private void CountDirect(int i, int doc)
    {
        var values = segmentValues[i];
        var counts = dims[i].Counts;
        if (values is null || counts is null)
        {
            return;
        }

        var map = segmentMaps[i]!;
        values.SetDocument(doc);
        long ord;
        while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
        {
            counts[map[ord]]++;
        }
    }
}
