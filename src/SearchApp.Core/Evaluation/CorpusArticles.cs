using SearchApp.Core.Articles;

namespace SearchApp.Core.Evaluation;

/// <summary>The corpus in memory, canonicalised exactly as ingest does it (same ids, same text), so the
/// baseline index, the pool file and the product archive all see the same articles.</summary>
public static class CorpusArticles
{
    public static IReadOnlyList<Article> Load(string corpusPath)
    {
        var byId = new Dictionary<string, Article>(StringComparer.Ordinal);
        foreach (var record in CorpusReader.Read([corpusPath]))
        {
            if (record.Input is not null && ArticleValidator.TryCreate(record.Input, out var article, out _))
            {
                byId[article.Id] = article;
            }
        }

        return byId.Values.ToList();
    }
}
