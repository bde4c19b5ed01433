namespace SearchApp.Core.Evaluation;

/// <summary>
/// Graded judgments per query: 0 not relevant, 1 partly relevant, 2 relevant (eval/README.md). An article
/// without a judgment is unjudged; the metrics treat it as not relevant and the report counts it.
/// </summary>
public sealed class RelevanceJudgments
{
    private readonly SortedDictionary<string, Dictionary<string, int>> _byQuery = new(StringComparer.Ordinal);

    public int Count => _byQuery.Values.Sum(q => q.Count);

    public void Set(string queryId, string articleId, int grade)
    {
        if (!_byQuery.TryGetValue(queryId, out var grades))
        {
            _byQuery[queryId] = grades = new Dictionary<string, int>(StringComparer.Ordinal);
        }

        grades[articleId] = grade;
    }

    /// <summary>The grade, or null when the article was not judged for the query.</summary>
    public int? Grade(string queryId, string articleId) =>
        _byQuery.TryGetValue(queryId, out var grades) && grades.TryGetValue(articleId, out var g) ? g : null;

    /// <summary>Every judged grade for the query (relevant or not), for the ideal ranking.</summary>
    public IReadOnlyList<int> Grades(string queryId) =>
        _byQuery.TryGetValue(queryId, out var grades) ? grades.Values.ToList() : [];

    public bool HasRelevant(string queryId) => Grades(queryId).Any(g => g > 0);

    public IEnumerable<(string Query, string Article, int Grade)> All() =>
        _byQuery.SelectMany(q => q.Value.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => (q.Key, a.Key, a.Value)));
}
