namespace SearchApp.Core.Evaluation;

/// <summary>Means over a set of queries (all, or one query type).</summary>
public sealed record MeanScores(int Queries, double PrecisionAt10, double Mrr, double NdcgAt10, int Unjudged)
{
    public static MeanScores Of(IReadOnlyCollection<QueryScores> scores) =>
        scores.Count == 0
            ? new MeanScores(0, 0, 0, 0, 0)
            : new MeanScores(
                scores.Count,
                scores.Average(s => s.PrecisionAt10),
                scores.Average(s => s.ReciprocalRank),
                scores.Average(s => s.NdcgAt10),
                scores.Sum(s => s.Unjudged));
}
