using SearchApp.Core.Facets;

namespace SearchApp.Core.Tests.Facets;

public sealed class FacetOrderAndStateTests : IDisposable
{
    private readonly TempFacetIndex index = new();
    private readonly FacetEngine engine = new();

    public void Dispose() => index.Dispose();

    [Fact]
    public void Equal_counts_are_ordered_by_label_in_utf8_byte_order_not_utf16_order()
    {
        // UTF-16 ordinal order would be Ali, أحمد, 😀 (D83D), ～ (FF5E); UTF-8 bytes put ～ (EF..) before 😀 (F0..).
        index.Add("d1", "x", d => FacetFields.AddValues(d, "person", ["😀", "～"]))
             .Commit()
             .Add("d2", "x", d => FacetFields.AddValues(d, "person", ["أحمد", "Ali"]))
             .Add("d3", "x", d => FacetFields.AddValues(d, "person", ["Zed"]))
             .Add("d4", "x", d => FacetFields.AddValues(d, "person", ["Zed"]));

        var result = engine.Search(index.Searcher(), new FacetSearchRequest { Dimensions = ["person"] });

        Assert.Equal(["Zed", "Ali", "أحمد", "～", "😀"], result.Facets["person"].Select(v => v.Value));
    }

    [Fact]
    public void Facet_state_is_built_once_per_reader_and_anew_for_a_refreshed_reader()
    {
        index.Add("d1", "x", d => FacetFields.AddValue(d, "person", "A"));
        var first = index.Searcher();
        var state = FacetState.For(first.IndexReader).Prepare(["person"]);

        Assert.Same(state, FacetState.For(first.IndexReader));

        index.Add("d2", "x", d => FacetFields.AddValue(d, "person", "B"));
        var second = index.Searcher();
        var refreshed = FacetState.For(second.IndexReader);

        Assert.NotSame(state, refreshed);
        Assert.Equal(["A"], state.Values("person"));
        Assert.Equal(["A", "B"], refreshed.Values("person"));
        Assert.Equal(["A", "B"], engine.Search(second, new FacetSearchRequest { Dimensions = ["person"] }).Facets["person"].Select(v => v.Value));
    }

    [Fact]
    public void Decoded_segment_ordinals_are_reused_by_a_reader_reopened_after_deletions_only()
    {
        index.Add("d1", "x", d => FacetFields.AddValue(d, "person", "A"))
             .Add("d2", "x", d => FacetFields.AddValue(d, "person", "B"));
        var before = index.Searcher();
        var decoded = SegmentOrdinals.For(before.IndexReader.Leaves[0].AtomicReader, "person");

        index.Writer.DeleteDocuments(new Lucene.Net.Index.Term("id", "d1"));
        var after = index.Searcher();

        Assert.NotSame(before.IndexReader, after.IndexReader);
        Assert.Same(decoded, SegmentOrdinals.For(after.IndexReader.Leaves[0].AtomicReader, "person"));
        // The deleted document no longer counts, although its ordinals are still in the shared arrays.
        Assert.Equal([new FacetValue("B", 1, false)], engine.Search(after, new FacetSearchRequest { Dimensions = ["person"] }).Facets["person"]);
    }

    [Fact]
    public void A_dimension_nobody_indexed_has_no_values()
    {
        index.Add("d1", "x", d => FacetFields.AddValue(d, "person", "A"));

        var result = engine.Search(index.Searcher(), new FacetSearchRequest { Dimensions = ["tag", "person"] });

        Assert.Empty(result.Facets["tag"]);
        Assert.Equal(["tag", "person"], result.Facets.Keys);
    }

    [Fact]
    public void A_searcher_over_one_segment_reader_counts_that_segment_alone()
    {
        index.Add("d1", "x", d => FacetFields.AddValue(d, "person", "A")).Commit()
             .Add("d2", "x", d => FacetFields.AddValues(d, "person", ["B", "A"]));
        var whole = index.Searcher();
        var segment = new Lucene.Net.Search.IndexSearcher(whole.IndexReader.Leaves[1].AtomicReader);

        var result = engine.Search(segment, new FacetSearchRequest { Dimensions = ["person"] });

        Assert.Equal([new FacetValue("A", 1, false), new FacetValue("B", 1, false)], result.Facets["person"]);
        Assert.Equal(2, engine.Search(whole, new FacetSearchRequest { Dimensions = ["person"] }).Facets["person"][0].Count);
    }
}
