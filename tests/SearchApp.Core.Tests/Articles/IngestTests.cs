using SearchApp.Core.Articles;
using SearchApp.Core.Search;
using SearchApp.Core.Tests.Support;

namespace SearchApp.Core.Tests.Articles;

public sealed class IngestTests
{
    [Fact]
    public void Ingesting_the_same_file_twice_adds_nothing_the_second_time()
    {
        using var fx = new ArchiveFixture();
        var path = Fixtures.WriteJsonl(fx.Directory, "news.jsonl", Fixtures.News);
        var ingestor = new ArticleIngestor(fx.Archive);

        var first = ingestor.Ingest([path]);
        var second = ingestor.Ingest([path]);

        Assert.Equal((6, 0, 0), (first.Added, first.Updated, first.Unchanged));
        Assert.Equal((0, 0, 6), (second.Added, second.Updated, second.Unchanged));
        Assert.Equal(6, fx.Archive.Store.Count());
        Assert.Equal(6, fx.Archive.Index.DocCount());
    }

    [Fact]
    public void A_changed_article_is_updated_in_the_store_and_the_index()
    {
        using var fx = new ArchiveFixture(Fixtures.News);
        var changed = Fixtures.News[2] with { Body = "تراجعت أسعار الذهب بعد قرار البنك المركزي." };

        var summary = fx.Ingest([changed]);

        Assert.Equal((0, 1), (summary.Added, summary.Updated));
        Assert.Equal(changed.Body, fx.Archive.GetArticle("a3")!.Article.Body);
        Assert.Equal(1, Search(fx, "الذهب").Total);
        Assert.Equal(0, Search(fx, "إيران").Total);
        Assert.Equal(6, fx.Archive.Index.DocCount());
    }

    [Fact]
    public void Bad_records_are_skipped_with_file_line_and_reason_and_the_rest_is_ingested()
    {
        using var fx = new ArchiveFixture();
        var path = fx.Directory.File("mixed.jsonl");
        File.WriteAllLines(path,
        [
            Fixtures.JsonLine(Fixtures.News[0]),
            "not json at all",
            Fixtures.JsonLine(Fixtures.News[1] with { Body = "   " }),
            Fixtures.JsonLine(Fixtures.News[2] with { Id = "" }),
            Fixtures.JsonLine(Fixtures.News[3] with { Published = "yesterday" }),
            Fixtures.JsonLine(Fixtures.News[4]),
        ]);

        var summary = new ArticleIngestor(fx.Archive).Ingest([path]);

        Assert.Equal(2, summary.Added);
        Assert.Equal(
            [(2, "malformed JSON"), (3, "missing body"), (4, "missing id"), (5, "invalid published date")],
            summary.Skipped.Select(s => (s.Line, s.Error![..Math.Min(s.Error!.Length, PrefixLength(s.Error!))])));
        Assert.All(summary.Skipped, s => Assert.Equal(path, s.File));
    }

    [Fact]
    public void A_crash_mid_ingest_loses_at_most_the_current_batch_and_a_rerun_completes_the_job()
    {
        using var fx = new ArchiveFixture(batchSize: 10);
        var articles = Fixtures.Generated(35).ToList();

        // The input fails after 25 records: batches 1 and 2 (20 articles) are committed, the third is in flight.
        var crashing = articles.Select((a, i) => i < 25 ? new CorpusRecord("f", i + 1, a, null) : throw new IOException("disk gone"));
        Assert.Throws<IOException>(() => new ArticleIngestor(fx.Archive).Ingest(crashing));
        Assert.Equal(20, fx.Archive.Store.Count());

        fx.Reopen();
        Assert.Equal(20, fx.Archive.Index.DocCount());
        var rerun = fx.Ingest(articles);

        Assert.Equal((15, 20), (rerun.Added, rerun.Unchanged));
        Assert.Equal(35, fx.Archive.Store.Count());
        Assert.Equal(35, Search(fx, "الاقتصاد").Total);
    }

    [Fact]
    public void When_an_id_repeats_in_one_batch_the_later_record_wins()
    {
        using var fx = new ArchiveFixture();

        var summary = fx.Ingest([Fixtures.News[0], Fixtures.News[0] with { Title = "العنوان المصحح" }]);

        Assert.Equal(1, summary.Added);
        Assert.Equal("superseded by a later record with the same id", Assert.Single(summary.Skipped).Error);
        Assert.Equal("العنوان المصحح", fx.Archive.GetArticle("a1")!.Article.Title);
    }

    [Fact]
    public void Stored_text_is_canonical()
    {
        using var fx = new ArchiveFixture([new ArticleInput(" c1 ", " عنوان\r\n ", "سطر\r\n\r\n  سطر ثان  ", " Okaz ", "2015-07-21T10:00:00Z", null, null)]);

        var a = fx.Archive.GetArticle("c1")!.Article;

        Assert.Equal(("عنوان", "سطر\nسطر ثان", "Okaz", new DateOnly(2015, 7, 21)), (a.Title, a.Body, a.Source, a.Published!.Value));
    }

    private static int PrefixLength(string error) => error.StartsWith("malformed", StringComparison.Ordinal) ? 14 : error.StartsWith("invalid", StringComparison.Ordinal) ? 22 : error.Length;

    private static SearchResponse Search(ArchiveFixture fx, string q) => fx.Archive.Searcher.Search(new SearchRequest { Query = q });
}
