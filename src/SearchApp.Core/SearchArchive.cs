using SearchApp.Core.Articles;
using SearchApp.Core.Entities;
using SearchApp.Core.Indexing;
using SearchApp.Core.Search;
using SearchApp.Core.Storage;

namespace SearchApp.Core;

/// <summary>
/// The archive: the store (truth), the index (derived), the extractor and the searcher, opened together
/// on one data directory. All writes go through <see cref="Write"/>, which stores first and indexes
/// second under one lock, so the change number the index commits is always one it fully reflects.
/// </summary>
public sealed partial class SearchArchive : IDisposable
{
    private readonly object _writeLock = new();
    private long _indexedSeq;
    private bool _disposed;

    private readonly DataDirectoryLock _lock;

    private SearchArchive(ArchiveOptions options, DataDirectoryLock directoryLock, ArticleStore store, ArticleIndex index)
    {
        _lock = directoryLock;
        Options = options;
        Store = store;
        Index = index;
        Searcher = new ArticleSearcher(index);
        Annotations = new AnnotationStore(store.Connections);
        Users = new UserStore(store.Connections);
        _indexedSeq = index.CommittedSeq;
    }

    public ArchiveOptions Options { get; }

    public ArticleStore Store { get; }

    public ArticleIndex Index { get; }

    public ArticleSearcher Searcher { get; }

    public AnnotationStore Annotations { get; }

    public UserStore Users { get; }

    public IEntityExtractor Extractor => Options.Extractor;

    /// <summary>
    /// Opens (creating if needed) the archive. An index written with another schema version is rebuilt
    /// from the store; an index behind the store (a crash between store commit and index commit) catches up.
    /// </summary>
    public static SearchArchive Open(ArchiveOptions options, Action<string>? log = null)
    {
        var directoryLock = DataDirectoryLock.Acquire(options.DataDirectory);
        ArticleStore store;
        ArticleIndex index;
        try
        {
            store = new ArticleStore(options.StorePath);
            index = ArticleIndex.Open(options.IndexPath, IndexAnalyzers.Create());
        }
        catch
        {
            directoryLock.Dispose();
            throw;
        }

        var archive = new SearchArchive(options, directoryLock, store, index);
        try
        {
            if (archive.EntitiesAreStale())
            {
                log?.Invoke($"Entities were extracted by another model ({store.GetMeta(ExtractorMetaKey) ?? "unknown"}); extracting again with {options.Extractor.Version}.");
                archive.Reextract();
            }
            else if (index.CommittedVersion != IndexSchema.Version)
            {
                log?.Invoke(index.CommittedVersion is null
                    ? "Building the index from the store."
                    : $"Index version {index.CommittedVersion} differs from {IndexSchema.Version}: rebuilding from the store.");
                archive.Reindex();
            }
            else if (index.CommittedSeq < store.CurrentSeq())
            {
                log?.Invoke("The index is behind the store: catching up.");
                archive.CatchUp();
            }
        }
        catch
        {
            archive.Dispose();
            throw;
        }

        return archive;
    }

    /// <summary>Stores and indexes one article (the API's upsert). Searchable when this returns.</summary>
    public UpsertOutcome Upsert(ArticleInput input)
    {
        if (!ArticleValidator.TryCreate(input, out var article, out var error))
        {
            throw new ArticleValidationException(error);
        }

        var outcome = Write([article])[0];
        Commit();
        Index.Refresh();
        return outcome;
    }

    /// <summary>Durably commits the index as reflecting everything written so far.</summary>
    public void Commit()
    {
        lock (_writeLock)
        {
            Index.Commit(Math.Max(_indexedSeq, Index.CommittedSeq));
        }
    }

    public StoredArticle? GetArticle(string id) => Store.Get(id) is { } stored ? WithAnnotations([stored])[0] : null;

    /// <summary>
    /// Runs a store write that changes one article's index document (an annotation write), then re-indexes
    /// that article, under the write lock, and commits. Searchable when this returns.
    /// </summary>
    public T WriteArticleChange<T>(string articleId, Func<T> storeWrite)
    {
        lock (_writeLock)
        {
            var result = storeWrite();
            if (GetArticle(articleId) is { } stored)
            {
                Index.Upsert([stored], Options.FacetPolicy);
            }

            _indexedSeq = Store.CurrentSeq();
            Index.Commit(_indexedSeq);
            Index.Refresh();
            return result;
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        try
        {
            Commit();
        }
        finally
        {
            Index.Dispose();
            _lock.Dispose();
        }
    }

    private void CatchUp()
    {
        lock (_writeLock)
        {
            var seq = Store.CurrentSeq();
            IndexFromStore(Index.CommittedSeq, -1, null);
            _indexedSeq = seq;
            Index.Commit(seq);
            Index.Refresh();
        }
    }

    private List<StoredArticle> WithAnnotations(IReadOnlyList<StoredArticle> articles)
    {
        var annotations = Annotations.ForArticles(articles.Select(a => a.Article.Id).ToList());
        return articles.Select(a => annotations.TryGetValue(a.Article.Id, out var list) ? a with { Annotations = list } : a).ToList();
    }

    private int IndexFromStore(long afterSeq, int total, Action<int, int>? progress, bool rebuilding = false)
    {
        var done = 0;
        foreach (var chunk in Store.ReadChangedSince(afterSeq).Chunk(Options.BatchSize))
        {
            if (rebuilding)
            {
                Index.Add(WithAnnotations(chunk), Options.FacetPolicy);
            }
            else
            {
                Index.Upsert(WithAnnotations(chunk), Options.FacetPolicy);
            }

            done += chunk.Length;
            progress?.Invoke(done, total);
        }

        return done;
    }
}
