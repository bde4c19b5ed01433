using SearchApp.Core.Benchmark;

namespace SearchApp.Core.Tests.Benchmark;

public sealed class ReferenceComparisonTests
{
    private static readonly QueryOutcome Sample = BenchmarkJson.ParseOutcome(
        """{"q":"دمشق","total":3,"top":["a","b","c"],"facets":{"person":[["علي",2],["سارة",1]],"source":[["سانا",3]]},"snippets":["x <b>دمشق</b>","y","z"]}""");

    [Fact]
    public void A_result_line_survives_writing_and_reading_back()
    {
        var again = BenchmarkJson.ParseOutcome(BenchmarkJson.OutcomeLine(Sample));

        Assert.Equal(Sample.Q, again.Q);
        Assert.Equal(Sample.Total, again.Total);
        Assert.Equal(Sample.Top, again.Top);
        Assert.Equal(Sample.Facets["person"], again.Facets["person"]);
        Assert.Equal(Sample.Snippets, again.Snippets);
        Assert.Contains("دمشق", BenchmarkJson.OutcomeLine(Sample), StringComparison.Ordinal); // Arabic not \u-escaped
    }

    [Fact]
    public void Identical_results_agree_everywhere()
    {
        var c = ReferenceComparison.Compare([Sample], [Sample]);

        Assert.True(c.TotalsAndFacetsAgree);
        Assert.Equal((1, 1, 1, 2, 2, 1, 1, 3, 3), (c.TotalsEqual, c.FacetListsEqual, c.TopSetsEqual, c.FacetDimensionListsEqual,
            c.FacetDimensionLists, c.TopOrdersEqual, c.Matched, c.SnippetsCompared, c.SnippetsEqual));
    }

    [Fact]
    public void A_different_count_or_tie_order_in_a_facet_list_is_a_disagreement()
    {
        var swapped = Sample with
        {
            Facets = new Dictionary<string, IReadOnlyList<KeyValuePair<string, int>>>
            {
                ["person"] = [new("سارة", 1), new("علي", 2)],
                ["source"] = Sample.Facets["source"],
            },
        };

        var c = ReferenceComparison.Compare([swapped], [Sample]);

        Assert.False(c.TotalsAndFacetsAgree);
        Assert.Equal(1, c.TotalsEqual);
        Assert.Equal(0, c.FacetListsEqual);
        Assert.Equal(1, c.FacetDimensionListsEqual);
    }

    [Fact]
    public void Reordered_hits_with_equal_scores_keep_the_top_set_but_only_compare_snippets_of_the_same_hit()
    {
        var reordered = Sample with { Top = ["b", "a", "c"], Total = 4 };

        var c = ReferenceComparison.Compare([reordered], [Sample]);

        Assert.Equal(0, c.TotalsEqual);
        Assert.Equal(1, c.TopSetsEqual);
        Assert.Equal(0, c.TopOrdersEqual);
        Assert.Equal(1, c.SnippetsCompared); // only position 3 holds the same hit
    }

    [Theory]
    // Nearest rank: the ceil(p/100 * n)-th smallest sample.
    [InlineData(50, 5)]
    [InlineData(95, 10)]
    [InlineData(99, 10)]
    [InlineData(10, 1)]
    [InlineData(11, 2)]
    public void Percentiles_are_nearest_rank(double percent, double expected)
    {
        double[] sorted = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

        Assert.Equal(expected, LatencySummary.NearestRank(sorted, percent));
    }
}
