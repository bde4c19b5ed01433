using SearchApp.Core.Articles;
using SearchApp.Core.Search;

namespace SearchApp.Core.Evaluation;

/// <summary>
/// The product as a user meets it: a <see cref="SearchArchive"/> (store + index with stemmed and exact
/// fields) queried through <see cref="ArticleSearcher.Search"/>, i.e. lenient parsing, exact boost,
/// phrases on the exact fields and spelling variants (ADR 0003).
/// </summary>
public sealed class ProductSystem : IRankingSystem
{
    private readonly SearchArchive _archive;

    private ProductSystem(SearchArchive archive) => _archive = archive;

    public string Name => "ours";

    /// <summary>The last ingest, when this open had to ingest the corpus (null when it was reused).</summary>
    public IngestSummary? Ingested { get; private init; }

    /// <summary>Opens the archive in <paramref name="dataDirectory"/>, ingesting the corpus when the store
    /// does not hold <paramref name="expectedCount"/> articles (an interrupted ingest resumes).</summary>
    public static ProductSystem Open(string dataDirectory, string corpusPath, int expectedCount, Action<string>? log = null)
    {
        var archive = SearchArchive.Open(new ArchiveOptions(dataDirectory), log);
        try
        {
            IngestSummary? summary = null;
            if (archive.Store.Count() != expectedCount)
            {
                log?.Invoke($"Ingesting {corpusPath} into {dataDirectory}.");
                summary = new ArticleIngestor(archive).Ingest([corpusPath]);
                archive.Commit();
                archive.Index.Refresh();
            }

            return new ProductSystem(archive) { Ingested = summary };
        }
        catch
        {
            archive.Dispose();
            throw;
        }
    }

    public IReadOnlyList<string> Search(string query, int k) =>
        _archive.Searcher.Search(new SearchRequest { Query = query, Size = k }).Hits.Select(h => h.Id).ToList();

    public void Dispose() => _archive.Dispose();
}
