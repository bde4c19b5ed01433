namespace SearchApp.Core.Evaluation;

/// <summary>
/// Runs every query through a system and scores its top 10 against the judgments. Queries with no
/// relevant judged article are left out of every mean (as trec_eval leaves out queries missing from
/// the qrels): nDCG is undefined for them.
/// </summary>
public static class Evaluator
{
    public const int Depth = 10;

    public static SystemResult Evaluate(IRankingSystem system, IReadOnlyList<EvalQuery> queries, RelevanceJudgments qrels)
    {
        var scores = new List<QueryScores>();
        foreach (var query in queries.Where(q => qrels.HasRelevant(q.Id)))
        {
            var top = system.Search(query.Text, Depth);
            scores.Add(Score(query, top, qrels));
        }

        return new SystemResult(system.Name, scores);
    }

    public static QueryScores Score(EvalQuery query, IReadOnlyList<string> top, RelevanceJudgments qrels)
    {
        var grades = top.Select(id => qrels.Grade(query.Id, id)).ToList();
        var ranked = grades.Select(g => g ?? 0).ToList();
        return new QueryScores(
            query.Id,
            query.Type,
            RelevanceMetrics.PrecisionAt(Depth, ranked),
            RelevanceMetrics.ReciprocalRank(Depth, ranked),
            RelevanceMetrics.NdcgAt(Depth, ranked, qrels.Grades(query.Id)),
            grades.Count(g => g is null),
            top);
    }
}
