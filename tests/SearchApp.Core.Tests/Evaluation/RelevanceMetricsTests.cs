using SearchApp.Core.Evaluation;

namespace SearchApp.Core.Tests.Evaluation;

/// <summary>The metrics on hand-computed rankings (grades of the top results, best first; 0 = not relevant or unjudged).</summary>
public sealed class RelevanceMetricsTests
{
    private const double Tolerance = 1e-4;

    [Theory]
    // P@10 counts every grade above 0, and divides by 10 even when fewer than 10 came back.
    [InlineData(new[] { 2, 0, 1, 0, 0, 0, 0, 0, 0, 0 }, 0.2)]
    [InlineData(new[] { 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2 }, 1.0)]
    [InlineData(new[] { 1, 1, 1 }, 0.3)]
    [InlineData(new int[0], 0.0)]
    public void Precision_at_10_is_the_share_of_relevant_results_among_ten(int[] ranked, double expected) =>
        Assert.Equal(expected, RelevanceMetrics.PrecisionAt(10, ranked), Tolerance);

    [Theory]
    // Reciprocal rank of the first result with grade >= 1; 0 when none is in the top 10.
    [InlineData(new[] { 2, 0, 0 }, 1.0)]
    [InlineData(new[] { 0, 0, 1, 2 }, 1.0 / 3)]
    [InlineData(new[] { 0, 0, 0, 0, 0, 0, 0, 0, 0, 1 }, 0.1)]
    [InlineData(new[] { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2 }, 0.0)]
    public void Reciprocal_rank_is_one_over_the_rank_of_the_first_relevant_result(int[] ranked, double expected) =>
        Assert.Equal(expected, RelevanceMetrics.ReciprocalRank(10, ranked), Tolerance);

    [Theory]
    // DCG = sum of grade / log2(rank + 1); IDCG from all judged grades sorted descending.
    // [2,1,0] with judged {2,1,0}: the ideal ranking itself.
    [InlineData(new[] { 2, 1, 0 }, new[] { 2, 1, 0 }, 1.0)]
    // [1,2]: DCG = 1 + 2/log2(3) = 2.26186; IDCG = 2 + 1/log2(3) = 2.63093.
    [InlineData(new[] { 1, 2 }, new[] { 2, 1 }, 0.859719)]
    // [0,2]: DCG = 2/log2(3) = 1.26186; a relevant article judged but never retrieved (the second 2)
    // still counts in IDCG = 2 + 2/log2(3) = 3.26186.
    [InlineData(new[] { 0, 2 }, new[] { 2, 2, 0 }, 0.386853)]
    // [0,0,1]: DCG = 1/log2(4) = 0.5; IDCG = 1.
    [InlineData(new[] { 0, 0, 1 }, new[] { 1, 0, 0 }, 0.5)]
    // Nothing relevant retrieved.
    [InlineData(new[] { 0, 0 }, new[] { 2, 0 }, 0.0)]
    // No relevant article judged at all: defined as 0 (such queries are left out of the means).
    [InlineData(new[] { 0 }, new[] { 0 }, 0.0)]
    public void NDCG_at_10_divides_by_the_ideal_ranking_of_every_judged_grade(int[] ranked, int[] judged, double expected) =>
        Assert.Equal(expected, RelevanceMetrics.NdcgAt(10, ranked, judged), Tolerance);

    [Fact]
    public void NDCG_at_10_ignores_results_and_ideal_grades_below_rank_10()
    {
        var ranked = new[] { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2 };
        var judged = Enumerable.Repeat(1, 12).ToArray();

        Assert.Equal(0.0, RelevanceMetrics.NdcgAt(10, ranked, judged), Tolerance);
        Assert.Equal(1.0, RelevanceMetrics.NdcgAt(10, Enumerable.Repeat(1, 10).ToArray(), judged), Tolerance);
    }

    [Fact]
    public void A_query_is_scored_with_unjudged_results_as_not_relevant_and_counted()
    {
        var qrels = new RelevanceJudgments();
        qrels.Set("q1", "a", 2);
        qrels.Set("q1", "b", 0);
        qrels.Set("q1", "c", 1);
        var query = new EvalQuery("q1", "x", "name", "need");

        var s = Evaluator.Score(query, ["x", "a", "b"], qrels);

        Assert.Equal(1, s.Unjudged);
        Assert.Equal(0.1, s.PrecisionAt10, Tolerance);
        Assert.Equal(0.5, s.ReciprocalRank, Tolerance);
        // DCG = 2/log2(3) = 1.26186; IDCG = 2 + 1/log2(3) = 2.63093.
        Assert.Equal(0.479625, s.NdcgAt10, Tolerance);
    }

    [Fact]
    public void The_pool_interleaves_systems_by_rank_and_records_every_system_that_returned_an_article()
    {
        var pool = PoolWriter.Pool([("base", ["a", "b", "c"]), ("ours", ["b", "d"])]);

        Assert.Equal(["a", "b", "d", "c"], pool.Select(p => p.Id));
        Assert.Equal(["ours:1", "base:2"], pool[1].Tags);
    }
}
