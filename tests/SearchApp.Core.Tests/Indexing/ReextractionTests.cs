using SearchApp.Core.Articles;
using SearchApp.Core.Entities;
using SearchApp.Core.Search;
using SearchApp.Core.Tests.Support;

namespace SearchApp.Core.Tests.Indexing;

/// <summary>Entities are derived data: a different extractor (a new model) re-extracts them when the archive opens.</summary>
public sealed class ReextractionTests
{
    [Fact]
    public void Opening_with_a_new_extractor_version_extracts_every_article_again()
    {
        using var dir = new TempDirectory();
        using (var first = SearchArchive.Open(new ArchiveOptions(dir.Path) { Extractor = new Fixed("v1", "القاهرة") }))
        {
            new ArticleIngestor(first).Ingest(Fixtures.News.Select((a, i) => new CorpusRecord("t", i + 1, a, null)));
            Assert.Equal(1, Count(first, "القاهرة"));
        }

        using var second = SearchArchive.Open(new ArchiveOptions(dir.Path) { Extractor = new Fixed("v2", "الرياض") });

        Assert.Equal(0, Count(second, "القاهرة"));
        Assert.Equal(2, Count(second, "الرياض"));
        Assert.Equal("v2", second.Store.GetMeta(SearchArchive.ExtractorMetaKey));
    }

    [Fact]
    public void Opening_without_ner_keeps_the_stored_entities()
    {
        using var dir = new TempDirectory();
        using (var first = SearchArchive.Open(new ArchiveOptions(dir.Path) { Extractor = new Fixed("v1", "القاهرة") }))
        {
            new ArticleIngestor(first).Ingest(Fixtures.News.Select((a, i) => new CorpusRecord("t", i + 1, a, null)));
        }

        using var second = SearchArchive.Open(new ArchiveOptions(dir.Path));

        Assert.False(second.EntitiesAreStale());
        Assert.Equal(1, Count(second, "القاهرة"));
    }

    private static int Count(SearchArchive archive, string loc) =>
        archive.Searcher.Search(new SearchRequest { Filters = new Dictionary<string, IReadOnlyList<string>> { ["loc"] = [loc] } }).Total;

    private sealed class Fixed(string version, string word) : IEntityExtractor
    {
        public string Version => version;

        public IReadOnlyList<EntityMention> Extract(string text)
        {
            var at = text.IndexOf(word, StringComparison.Ordinal);
            return at < 0 ? [] : [new EntityMention(EntityTypes.Location, word, at, at + word.Length, word)];
        }
    }
}
