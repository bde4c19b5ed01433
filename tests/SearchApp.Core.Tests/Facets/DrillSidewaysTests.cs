using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchApp.Core.Facets;

namespace SearchApp.Core.Tests.Facets;

public sealed class DrillSidewaysTests : IDisposable
{
    private readonly TempFacetIndex index = new();
    private readonly FacetEngine engine = new();

    public DrillSidewaysTests()
    {
        // person × loc, spread over two segments:
        //   d1 A Damascus, d2 A Cairo, d3 B Damascus, d4 B, d5 C Damascus, d6 A+B Beirut
        index.Add("d1", "x", d => { FacetFields.AddValue(d, "person", "A"); FacetFields.AddValue(d, "loc", "Damascus"); })
             .Add("d2", "x", d => { FacetFields.AddValue(d, "person", "A"); FacetFields.AddValue(d, "loc", "Cairo"); })
             .Add("d3", "x y", d => { FacetFields.AddValue(d, "person", "B"); FacetFields.AddValue(d, "loc", "Damascus"); })
             .Commit()
             .Add("d4", "x", d => FacetFields.AddValue(d, "person", "B"))
             .Add("d5", "x", d => { FacetFields.AddValue(d, "person", "C"); FacetFields.AddValue(d, "loc", "Damascus"); })
             .Add("d6", "y", d => { FacetFields.AddValues(d, "person", ["A", "B"]); FacetFields.AddValue(d, "loc", "Beirut"); });
    }

    public void Dispose() => index.Dispose();

    [Fact]
    public void A_selected_dimension_still_lists_its_other_values_with_the_counts_they_would_add()
    {
        var result = Search(Include(("person", ["A"])));

        Assert.Equal(["d1", "d2", "d6"], Ids(result));
        // person ignores its own selection: every person's count over all documents.
        Assert.Equal([("A", 3, true), ("B", 3, false), ("C", 1, false)], Flat(result.Facets["person"]));
        // loc is narrowed by person=A.
        Assert.Equal([("Beirut", 1, false), ("Cairo", 1, false), ("Damascus", 1, false)], Flat(result.Facets["loc"]));
    }

    [Fact]
    public void Values_within_a_dimension_are_ored_and_dimensions_are_anded()
    {
        var result = Search(Include(("person", ["A", "C"]), ("loc", ["Damascus"])));

        Assert.Equal(["d1", "d5"], Ids(result));
        // person counts: docs in Damascus (d1 A, d3 B, d5 C); loc counts: docs of A or C (d1, d2, d5, d6).
        Assert.Equal([("A", 1, true), ("B", 1, false), ("C", 1, true)], Flat(result.Facets["person"]));
        Assert.Equal([("Damascus", 2, true), ("Beirut", 1, false), ("Cairo", 1, false)], Flat(result.Facets["loc"]));
    }

    [Fact]
    public void An_exclusion_removes_documents_from_the_hits_and_from_every_dimensions_counts()
    {
        var filters = new FacetFilters
        {
            Include = new Dictionary<string, IReadOnlyList<string>> { ["loc"] = ["Damascus"] },
            Exclude = new Dictionary<string, IReadOnlyList<string>> { ["person"] = ["B"] },
        };

        var result = Search(filters);

        Assert.Equal(["d1", "d5"], Ids(result));
        Assert.Equal([("A", 1, false), ("C", 1, false)], Flat(result.Facets["person"]));
        // loc ignores its selection but not the exclusion: d3, d4 and d6 (all with B) are gone.
        Assert.Equal([("Cairo", 1, false), ("Damascus", 2, true)], Flat(result.Facets["loc"]).OrderBy(v => v.Item1, StringComparer.Ordinal));
    }

    [Fact]
    public void A_selected_value_is_listed_even_when_its_count_is_outside_the_top_n()
    {
        var result = Search(Include(("person", ["C"])), topValues: 1);

        Assert.Equal([("A", 3, false), ("C", 1, true)], Flat(result.Facets["person"]));
    }

    [Fact]
    public void A_selected_value_unknown_to_the_index_matches_nothing_but_keeps_the_other_counts()
    {
        var result = Search(Include(("person", ["Nobody"])));

        Assert.Equal(0, result.TotalHits);
        Assert.Empty(result.TopDocs.ScoreDocs);
        Assert.Equal([("A", 3, false), ("B", 3, false), ("C", 1, false), ("Nobody", 0, true)], Flat(result.Facets["person"]));
        Assert.Empty(result.Facets["loc"]);
    }

    [Fact]
    public void The_base_query_narrows_hits_and_counts_alike()
    {
        var result = engine.Search(index.Searcher(), new FacetSearchRequest
        {
            Query = new TermQuery(new Term("text", "y")),
            Filters = Include(("loc", ["Damascus"])),
            Dimensions = ["person", "loc"],
        });

        Assert.Equal(["d3"], Ids(result));
        Assert.Equal([("B", 1, false)], Flat(result.Facets["person"]));
        Assert.Equal([("Beirut", 1, false), ("Damascus", 1, true)], Flat(result.Facets["loc"]));
    }

    private static FacetFilters Include(params (string Dim, string[] Values)[] selections) => new()
    {
        Include = selections.ToDictionary(s => s.Dim, s => (IReadOnlyList<string>)s.Values),
    };

    private static List<(string, int, bool)> Flat(IEnumerable<FacetValue> values) =>
        values.Select(v => (v.Value, v.Count, v.Selected)).ToList();

    private FacetSearchResult Search(FacetFilters filters, int topValues = 10) =>
        engine.Search(index.Searcher(), new FacetSearchRequest { Filters = filters, Dimensions = ["person", "loc"], TopValues = topValues });

    private List<string> Ids(FacetSearchResult result)
    {
        var searcher = index.Searcher();
        return result.TopDocs.ScoreDocs.Select(sd => searcher.Doc(sd.Doc).Get("id")).Order(StringComparer.Ordinal).ToList();
    }
}
