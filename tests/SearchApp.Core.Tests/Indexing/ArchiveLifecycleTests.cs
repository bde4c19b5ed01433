using SearchApp.Core.Articles;
using SearchApp.Core.Entities;
using SearchApp.Core.Indexing;
using SearchApp.Core.Search;
using SearchApp.Core.Storage;
using SearchApp.Core.Tests.Support;

namespace SearchApp.Core.Tests.Indexing;

public sealed class ArchiveLifecycleTests
{
    [Fact]
    public void Reindex_rebuilds_the_index_from_the_store_with_nothing_lost()
    {
        using var fx = new ArchiveFixture(Fixtures.News);
        var before = fx.Archive.Searcher.Search(new SearchRequest { Query = "الأمم المتحدة" });

        var count = fx.Archive.Reindex();
        var after = fx.Archive.Searcher.Search(new SearchRequest { Query = "الأمم المتحدة" });

        Assert.Equal(6, count);
        Assert.Equal(6, fx.Archive.Index.DocCount());
        Assert.Equal(before.Hits.Select(h => h.Id), after.Hits.Select(h => h.Id));
    }

    [Fact]
    public void An_index_behind_the_store_catches_up_when_the_archive_opens()
    {
        using var fx = new ArchiveFixture(Fixtures.News.Take(3));
        fx.Archive.Dispose();

        // Simulates a crash after the store committed a batch but before the index did.
        var store = new ArticleStore(fx.Options.StorePath);
        var extra = Fixtures.News.Skip(3).Select(i =>
        {
            Assert.True(ArticleValidator.TryCreate(i, out var a, out _));
            return (a, ArticleValidator.ContentHash(a), (IReadOnlyList<EntityMention>)[]);
        }).ToList();
        store.Upsert(extra);

        fx.Reopen();

        Assert.Equal(6, fx.Archive.Index.DocCount());
        Assert.Equal(fx.Archive.Store.CurrentSeq(), fx.Archive.Index.CommittedSeq);
    }

    [Fact]
    public void An_index_with_another_schema_version_is_rebuilt_at_start_up()
    {
        using var fx = new ArchiveFixture(Fixtures.News);
        fx.Archive.Index.Commit(fx.Archive.Store.CurrentSeq());
        fx.Archive.Dispose();
        using (var index = ArticleIndex.Open(fx.Options.IndexPath, IndexAnalyzers.Create()))
        {
            // An old build's index: wrong version marker and stale content.
            index.DeleteAll();
            index.Commit(fx.Archive.Store.CurrentSeq());
        }

        OverwriteVersion(fx.Options.IndexPath, "0-old");
        fx.Reopen();

        Assert.Equal(IndexSchema.Version, fx.Archive.Index.CommittedVersion);
        Assert.Equal(6, fx.Archive.Index.DocCount());
    }

    [Fact]
    public void A_second_open_of_the_same_data_directory_fails_with_a_clear_message()
    {
        using var fx = new ArchiveFixture();

        var ex = Assert.Throws<IndexLockedException>(() => SearchArchive.Open(fx.Options));

        Assert.Contains("in use by another SearchApp process", ex.Message, StringComparison.Ordinal);
        Assert.Contains(Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Articles_survive_closing_and_reopening()
    {
        using var fx = new ArchiveFixture(Fixtures.News);
        fx.Reopen();

        Assert.Equal(6, fx.Archive.Store.Count());
        Assert.Equal(1, fx.Archive.Searcher.Search(new SearchRequest { Query = "النفط AND إيران" }).Total);
    }

    private static void OverwriteVersion(string indexPath, string version)
    {
        using var dir = Lucene.Net.Store.FSDirectory.Open(indexPath);
        var config = new Lucene.Net.Index.IndexWriterConfig(IndexAnalyzers.Version, IndexAnalyzers.Create());
        using var writer = new Lucene.Net.Index.IndexWriter(dir, config);
        writer.SetCommitData(new Dictionary<string, string> { [IndexSchema.VersionKey] = version, [IndexSchema.StoreSeqKey] = "0" });
        writer.Commit();
    }
}
