using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using SearchApp.Core.Storage;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace SearchApp.Core.Indexing;

/// <summary>
/// The Lucene index: one IndexWriter for the process and a near-real-time SearcherManager over it.
/// The index is a cache of the store: each commit records the store's change number it reflects
/// (<see cref="IndexSchema.StoreSeqKey"/>) and the schema version, so start-up can catch up or rebuild.
/// </summary>
public sealed class ArticleIndex : IDisposable
{
    private readonly LuceneDirectory _directory;
    private readonly IndexWriter _writer;
    private readonly object _commitLock = new();

    private ArticleIndex(LuceneDirectory directory, IndexWriter writer, Analyzer analyzer)
    {
        _directory = directory;
        _writer = writer;
        Analyzer = analyzer;
        Searchers = new SearcherManager(writer, applyAllDeletes: true, new SimilaritySearcherFactory());
        var data = ReadCommitData(directory);
        CommittedVersion = data?.GetValueOrDefault(IndexSchema.VersionKey);
        CommittedSeq = long.TryParse(data?.GetValueOrDefault(IndexSchema.StoreSeqKey), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seq) ? seq : 0;
    }

    public Analyzer Analyzer { get; }

    public SearcherManager Searchers { get; }

    /// <summary>Schema version of the last commit; null for a new or foreign index.</summary>
    public string? CommittedVersion { get; private set; }

    /// <summary>The store change number the last commit reflects.</summary>
    public long CommittedSeq { get; private set; }

    public static ArticleIndex Open(string path, Analyzer analyzer)
    {
        System.IO.Directory.CreateDirectory(path);
        // NIOFS rather than the MMap that FSDirectory.Open picks on 64-bit Linux: loading a stored document
        // cost ~150 µs with MMap and ~50 µs with NIOFS here (docs/benchmark.md), and every hit loads one.
        var directory = new NIOFSDirectory(new DirectoryInfo(path));
        var config = new IndexWriterConfig(IndexAnalyzers.Version, analyzer)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            Similarity = new BM25Similarity(),
            RAMBufferSizeMB = 64,
        };
        try
        {
            return new ArticleIndex(directory, new IndexWriter(directory, config), analyzer);
        }
        catch (LockObtainFailedException ex)
        {
            directory.Dispose();
            throw new IndexLockedException(
                $"The index at {path} is in use by another SearchApp process (a running web app or CLI command). Stop it, or point this command at another data directory with --data.", ex);
        }
    }

    public void Upsert(IEnumerable<StoredArticle> articles, EntityFacetPolicy policy)
    {
        foreach (var stored in articles)
        {
            _writer.UpdateDocument(new Term(Fields.Id, stored.Article.Id), ArticleDocumentBuilder.Build(stored, policy));
        }
    }

    /// <summary>
    /// Adds articles known not to be in the index (a rebuild after <see cref="DeleteAll"/>, or articles new to
    /// the store). Cheaper than <see cref="Upsert"/>: no delete term per document to resolve at flush.
    /// </summary>
    public void Add(IEnumerable<StoredArticle> articles, EntityFacetPolicy policy)
    {
        foreach (var stored in articles)
        {
            _writer.AddDocument(ArticleDocumentBuilder.Build(stored, policy));
        }
    }

    public void DeleteAll() => _writer.DeleteAll();

    /// <summary>Durably commits everything written so far as reflecting store change <paramref name="storeSeq"/>.</summary>
    public void Commit(long storeSeq)
    {
        lock (_commitLock)
        {
            _writer.SetCommitData(new Dictionary<string, string>
            {
                [IndexSchema.VersionKey] = IndexSchema.Version,
                [IndexSchema.StoreSeqKey] = storeSeq.ToString(CultureInfo.InvariantCulture),
            });
            _writer.Commit();
            CommittedVersion = IndexSchema.Version;
            CommittedSeq = storeSeq;
        }
    }

    /// <summary>Makes recent writes visible to searches (near-real-time, no commit needed).</summary>
    public void Refresh() => Searchers.MaybeRefreshBlocking();

    public int DocCount()
    {
        var searcher = Searchers.Acquire();
        try
        {
            return searcher.IndexReader.NumDocs;
        }
        finally
        {
            Searchers.Release(searcher);
        }
    }

    public void Dispose()
    {
        Searchers.Dispose();
        _writer.Dispose();
        _directory.Dispose();
    }

    private static Dictionary<string, string>? ReadCommitData(LuceneDirectory directory)
    {
        if (!DirectoryReader.IndexExists(directory))
        {
            return null;
        }

        var commits = DirectoryReader.ListCommits(directory);
        return commits.Count == 0 ? null : new Dictionary<string, string>(commits[^1].UserData);
    }

    private sealed class SimilaritySearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = new BM25Similarity() };
    }
}
