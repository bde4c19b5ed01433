namespace SearchApp.Core.Evaluation;

/// <summary>
/// Rank metrics over one ranked list of graded results (grades 0/1/2; unjudged = 0), as trec_eval
/// defines them: P@k counts grade ≥ 1; reciprocal rank is 1/rank of the first grade ≥ 1 within the top k
/// (0 when there is none); nDCG@k uses the grade as the gain and log2(rank + 1) as the discount
/// (Järvelin and Kekäläinen 2002, trec_eval's ndcg_cut), with the ideal list made of every judged grade
/// for the query, so relevant articles a system never retrieved still count against it.
/// </summary>
public static class RelevanceMetrics
{
    public static double PrecisionAt(int k, IReadOnlyList<int> ranked) =>
        k <= 0 ? 0 : (double)ranked.Take(k).Count(g => g > 0) / k;

    public static double ReciprocalRank(int k, IReadOnlyList<int> ranked)
    {
        for (var i = 0; i < Math.Min(k, ranked.Count); i++)
        {
            if (ranked[i] > 0)
            {
                return 1.0 / (i + 1);
            }
        }

        return 0;
    }

    public static double Dcg(int k, IEnumerable<int> ranked) =>
        ranked.Take(k).Select((g, i) => g / Math.Log2(i + 2)).Sum();

    /// <summary>nDCG@k; 0 when the query has no relevant judged article (the report leaves such queries out).</summary>
    public static double NdcgAt(int k, IReadOnlyList<int> ranked, IEnumerable<int> allJudgedGrades)
    {
        var ideal = Dcg(k, allJudgedGrades.Where(g => g > 0).OrderByDescending(g => g));
        return ideal <= 0 ? 0 : Dcg(k, ranked) / ideal;
    }
}
