using SearchApp.Core.Articles;

namespace SearchApp.Core.Tests.Support;

/// <summary>An archive in a temp directory, optionally pre-loaded with articles.</summary>
public sealed class ArchiveFixture : IDisposable
{
    private readonly TempDirectory _dir = new();

    public ArchiveFixture(IEnumerable<ArticleInput>? articles = null, int batchSize = 500)
    {
        Options = new ArchiveOptions(_dir.Path) { BatchSize = batchSize };
        Archive = SearchArchive.Open(Options);
        if (articles is not null)
        {
            Ingest(articles);
        }
    }

    public ArchiveOptions Options { get; }

    public SearchArchive Archive { get; private set; }

    public TempDirectory Directory => _dir;

    public IngestSummary Ingest(IEnumerable<ArticleInput> articles) =>
        new ArticleIngestor(Archive).Ingest(articles.Select((a, i) => new CorpusRecord("test", i + 1, a, null)));

    public void Reopen()
    {
        Archive.Dispose();
        Archive = SearchArchive.Open(Options);
    }

    public void Dispose()
    {
        Archive.Dispose();
        _dir.Dispose();
    }
}
