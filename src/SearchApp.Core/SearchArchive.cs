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
public sealed class SearchArchive : IDisposable
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
            if (index.CommittedVersion != IndexSchema.Version)
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

    /// <summary>
    /// Stores the articles that are new or changed (by content hash), with their entities, then indexes
    /// them. When an id occurs twice in the batch the later one wins and the earlier is
    /// <see cref="UpsertOutcome.Superseded"/>. Not committed to the index: see <see cref="Commit"/>.
    /// </summary>
    public IReadOnlyList<UpsertOutcome> Write(IReadOnlyList<Article> articles) => Apply(Prepare(articles));

    /// <summary>
    /// The parallel, read-only half of <see cref="Write"/>: hashes, a first look at which articles are new
    /// or changed, and entity extraction for those. Safe to run while another batch is being applied.
    /// </summary>
    public PreparedBatch Prepare(IReadOnlyList<Article> articles)
    {
        var hashes = articles.Select(ArticleValidator.ContentHash).ToArray();
        var lastIndexOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < articles.Count; i++)
        {
            lastIndexOf[articles[i].Id] = i;
        }

        var existing = Store.GetHashes(lastIndexOf.Keys);
        var outcomes = new UpsertOutcome[articles.Count];
        var changed = new List<int>();
        for (var i = 0; i < articles.Count; i++)
        {
            if (lastIndexOf[articles[i].Id] != i)
            {
                outcomes[i] = UpsertOutcome.Superseded;
                continue;
            }

            outcomes[i] = Classify(existing, articles[i].Id, hashes[i]);
            if (outcomes[i] != UpsertOutcome.Unchanged)
            {
                changed.Add(i);
            }
        }

        var entities = new IReadOnlyList<EntityMention>[changed.Count];
        Parallel.For(0, changed.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, k =>
            entities[k] = Extractor.Extract(articles[changed[k]].Body));
        return new PreparedBatch(articles, hashes, outcomes, changed, entities);
    }

    /// <summary>
    /// The writing half of <see cref="Write"/>, serialised: re-checks the prepared articles against the store
    /// (a batch applied in the meantime may have stored the same id), then stores and indexes what changed.
    /// </summary>
    public IReadOnlyList<UpsertOutcome> Apply(PreparedBatch batch)
    {
        var outcomes = batch.Outcomes.ToArray();
        lock (_writeLock)
        {
            var existing = Store.GetHashes(batch.Changed.Select(i => batch.Articles[i].Id).ToList());
            var items = new List<(Article, string, IReadOnlyList<EntityMention>)>();
            var added = new List<bool>();
            for (var k = 0; k < batch.Changed.Count; k++)
            {
                var i = batch.Changed[k];
                outcomes[i] = Classify(existing, batch.Articles[i].Id, batch.Hashes[i]);
                if (outcomes[i] != UpsertOutcome.Unchanged)
                {
                    items.Add((batch.Articles[i], batch.Hashes[i], batch.Entities[k]));
                    added.Add(outcomes[i] == UpsertOutcome.Added);
                }
            }

            var stored = WithAnnotations(Store.Upsert(items));
            Index.Add(stored.Where((_, k) => added[k]), Options.Canonicalize);
            Index.Upsert(stored.Where((_, k) => !added[k]), Options.Canonicalize);
            if (stored.Count > 0)
            {
                _indexedSeq = stored[^1].Seq;
            }
        }

        return outcomes;
    }

    private static UpsertOutcome Classify(Dictionary<string, string> existing, string id, string hash) =>
        !existing.TryGetValue(id, out var old) ? UpsertOutcome.Added : old == hash ? UpsertOutcome.Unchanged : UpsertOutcome.Updated;

    /// <summary>Durably commits the index as reflecting everything written so far.</summary>
    public void Commit()
    {
        lock (_writeLock)
        {
            Index.Commit(Math.Max(_indexedSeq, Index.CommittedSeq));
        }
    }

    /// <summary>
    /// Runs entity extraction again over every stored article (after a model or alias change), stores the
    /// new mentions, then rebuilds the index. User annotations and their corrections are untouched.
    /// </summary>
    public int Reextract(Action<int, int>? progress = null)
    {
        lock (_writeLock)
        {
            var total = Store.Count();
            var done = 0;
            foreach (var chunk in Store.ReadChangedSince(0).Chunk(Options.BatchSize))
            {
                var mentions = new IReadOnlyList<EntityMention>[chunk.Length];
                Parallel.For(0, chunk.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
                    mentions[i] = Extractor.Extract(chunk[i].Article.Body));
                Store.ReplaceEntities(chunk.Select((a, i) => (a.Article.Id, mentions[i])).ToList());
                done += chunk.Length;
                progress?.Invoke(done, total);
            }
        }

        return Reindex();
    }

    /// <summary>Rebuilds the whole index from the store. Returns the number of articles indexed.</summary>
    public int Reindex(Action<int, int>? progress = null)
    {
        lock (_writeLock)
        {
            var total = Store.Count();
            var seq = Store.CurrentSeq();
            Index.DeleteAll();
            var done = IndexFromStore(0, total, progress, rebuilding: true);
            _indexedSeq = seq;
            Index.Commit(seq);
            Index.Refresh();
            return done;
        }
    }

    /// <summary>The stored article with its entities and live annotations; null when unknown.</summary>
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
                Index.Upsert([stored], Options.Canonicalize);
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
                Index.Add(WithAnnotations(chunk), Options.Canonicalize);
            }
            else
            {
                Index.Upsert(WithAnnotations(chunk), Options.Canonicalize);
            }

            done += chunk.Length;
            progress?.Invoke(done, total);
        }

        return done;
    }
}
