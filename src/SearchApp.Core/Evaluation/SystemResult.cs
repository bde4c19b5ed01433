namespace SearchApp.Core.Evaluation;

/// <summary>One system's evaluation: per-query scores, the overall mean and the mean per query type.</summary>
public sealed record SystemResult(string System, IReadOnlyList<QueryScores> PerQuery)
{
    public MeanScores Overall => MeanScores.Of(PerQuery);

    public IReadOnlyDictionary<string, MeanScores> ByType =>
        PerQuery.GroupBy(q => q.Type, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => MeanScores.Of(g.ToList()), StringComparer.Ordinal);
}
