using SearchApp.Core.Facets;

namespace SearchApp.Core.Tests.Facets;

public sealed class FacetValueSearchTests : IDisposable
{
    private readonly TempFacetIndex index = new();
    private readonly FacetEngine engine = new();

    public FacetValueSearchTests()
    {
        index.Add("d1", "x", d => { FacetFields.AddValues(d, "person", ["أحمد الخطيب", "محمد علي"]); FacetFields.AddValue(d, "source", "سانا"); })
             .Add("d2", "x", d => { FacetFields.AddValues(d, "person", ["أحمد الخطيب", "علي الزين"]); FacetFields.AddValue(d, "source", "سانا"); })
             .Commit()
             .Add("d3", "x", d => { FacetFields.AddValues(d, "person", ["إسراء علي", "فاطمة الزهراء"]); FacetFields.AddValue(d, "source", "البيان"); })
             .Add("d4", "x", d => { FacetFields.AddValues(d, "person", ["علي الزين"]); FacetFields.AddValue(d, "source", "البيان"); });
    }

    public void Dispose() => index.Dispose();

    [Fact]
    public void Typed_text_without_hamza_finds_values_written_with_it()
    {
        var values = Find("احمد");

        Assert.Equal([new FacetValue("أحمد الخطيب", 2, false)], values);
    }

    [Fact]
    public void Prefix_matches_the_start_of_any_word_ordered_by_count()
    {
        var values = Find("علي");

        Assert.Equal(["علي الزين", "إسراء علي", "محمد علي"], values.Select(v => v.Value));
        Assert.Equal([2, 1, 1], values.Select(v => v.Count));
    }

    [Fact]
    public void Substring_matches_inside_words()
    {
        Assert.Equal(["علي الزين", "فاطمة الزهراء"], Find("لز", FacetMatchMode.Substring).Select(v => v.Value).Order(StringComparer.Ordinal));
        Assert.Empty(Find("لز"));
    }

    [Fact]
    public void Taa_marbuta_and_diacritics_are_folded_on_both_sides()
    {
        Assert.Equal(["فاطمة الزهراء"], Find("فَاطمه").Select(v => v.Value));
    }

    [Fact]
    public void Counts_follow_the_current_filters_but_not_the_dimensions_own_selection()
    {
        var filters = new FacetFilters
        {
            Include = new Dictionary<string, IReadOnlyList<string>> { ["source"] = ["البيان"], ["person"] = ["إسراء علي"] },
        };

        var values = Find("علي", filters: filters);

        Assert.Equal([new FacetValue("إسراء علي", 1, true), new FacetValue("علي الزين", 1, false)], values);
    }

    [Fact]
    public void The_limit_cuts_the_list()
    {
        Assert.Equal(2, Find("علي", limit: 2).Count);
        Assert.Equal(5, Find("", limit: 50).Count);
    }

    private IReadOnlyList<FacetValue> Find(string text, FacetMatchMode mode = FacetMatchMode.Prefix, int limit = 10, FacetFilters? filters = null) =>
        engine.SearchValues(index.Searcher(), new FacetValueSearchRequest
        {
            Dimension = "person", Text = text, Mode = mode, Limit = limit, Filters = filters ?? FacetFilters.None,
        });
}
