using SearchApp.Core.Search;
using SearchApp.Core.Tests.Support;

namespace SearchApp.Core.Tests.Search;

public sealed class ArticleSearcherTests : IClassFixture<ArticleSearcherTests.NewsArchive>
{
    private readonly SearchArchive _archive;

    public ArticleSearcherTests(NewsArchive fixture) => _archive = fixture.Fx.Archive;

    [Theory]
    // Clitics and the article: "بالأمم" / "والقاهرة" reduce to the same stem as the indexed forms.
    [InlineData("والقاهرة", new[] { "a1" })]
    // Feminine/plural suffix: "أسعار" indexed, "الأسعار" asked.
    [InlineData("الأسعار", new[] { "a3" })]
    // Alef variants: "اسعار" without hamza matches "أسعار".
    [InlineData("اسعار", new[] { "a3" })]
    public void A_stemmed_search_finds_inflected_and_variant_forms(string query, string[] expected) =>
        Assert.Equal(expected, Ids(query).Order());

    [Fact]
    public void Words_are_all_required_by_default()
    {
        Assert.Equal(["a1"], Ids("وزير القاهرة"));
        Assert.Empty(Ids("وزير النفط"));
    }

    [Fact]
    public void OR_accepts_either_word_and_NOT_excludes()
    {
        Assert.Equal(["a1", "a3"], Ids("القاهرة OR إيران").Order());
        Assert.Equal(["a4", "a5"], Ids("الرياض NOT هدنة").Order());
        Assert.Equal(["a1", "a3", "a4", "a5", "a6"], Ids("NOT هدنة").Order());
    }

    [Fact]
    public void A_quoted_phrase_needs_its_words_together_in_order()
    {
        // a6 has both words, but not as the phrase.
        Assert.Equal(["a2"], Ids("\"الأمم المتحدة\""));
        Assert.Equal(["a2", "a6"], Ids("الأمم").Order());
    }

    [Fact]
    public void A_trailing_star_searches_by_prefix() =>
        Assert.Contains("a5", Ids("المتجدد*"));

    [Fact]
    public void An_unbalanced_quote_is_repaired_and_the_response_says_how_the_query_was_read()
    {
        var r = Search("\"الأمم المتحدة");

        Assert.Equal("\"الأمم المتحدة\"", r.Parsed);
        Assert.Contains("closed an unbalanced quote", r.Notes);
        Assert.Equal(["a2"], r.Hits.Select(h => h.Id));
    }

    [Theory]
    [InlineData("(((")]
    [InlineData(")))")]
    [InlineData("AND")]
    [InlineData("- OR")]
    [InlineData("\"")]
    [InlineData("title:")]
    [InlineData("[}{] \\ / ^ ~ :")]
    [InlineData("*")]
    public void Malformed_queries_never_throw(string query)
    {
        var r = Search(query);
        Assert.NotNull(r.Parsed);
    }

    [Fact]
    public void A_title_match_ranks_above_a_body_only_match()
    {
        // "الطاقة" is in a5's title and body; "النفط" is in a3's title and a5's body.
        var hits = Ids("النفط");
        Assert.Equal("a3", hits[0]);
    }

    [Fact]
    public void Snippets_mark_matches_and_escape_the_rest()
    {
        var hit = Search("هدنة").Hits.Single();

        Assert.Contains("<mark>هدنة</mark>", hit.Snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("&#", hit.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_query_lists_all_articles_newest_first()
    {
        var r = Search(string.Empty);
        Assert.Equal(6, r.Total);
        Assert.Equal(new[] { "a6", "a5", "a4" }, r.Hits.Select(h => h.Id).Take(3));
    }

    [Fact]
    public void Pages_split_the_results_without_overlap()
    {
        var all = _archive.Searcher.Search(new SearchRequest { Query = "", Size = 6 }).Hits.Select(h => h.Id).ToList();
        var pages = Enumerable.Range(1, 3).SelectMany(p => _archive.Searcher.Search(new SearchRequest { Query = "", Page = p, Size = 2 }).Hits.Select(h => h.Id)).ToList();
        var past = _archive.Searcher.Search(new SearchRequest { Query = "", Page = 4, Size = 2 });

        Assert.Equal(all, pages);
        Assert.Empty(past.Hits);
        Assert.Equal(6, past.Total);
    }

    [Theory]
    [InlineData(0, 10)]
    [InlineData(1, 0)]
    [InlineData(1, 101)]
    [InlineData(1001, 10)]
    public void Paging_outside_the_limits_is_a_request_error(int page, int size) =>
        Assert.Throws<SearchRequestException>(() => _archive.Searcher.Search(new SearchRequest { Query = "x", Page = page, Size = size }));

    [Fact]
    public void A_query_over_1000_characters_is_a_request_error() =>
        Assert.Throws<SearchRequestException>(() => Search(new string('ب', 1001)));

    [Fact]
    public void Filters_and_dates_narrow_the_results()
    {
        var bySource = _archive.Searcher.Search(new SearchRequest { Filters = new Dictionary<string, IReadOnlyList<string>> { ["source"] = ["Okaz", "Sabq"] } });
        var excluded = _archive.Searcher.Search(new SearchRequest { Exclusions = new Dictionary<string, IReadOnlyList<string>> { ["source"] = ["Okaz"] } });
        var august = _archive.Searcher.Search(new SearchRequest { From = new DateOnly(2015, 8, 1), To = new DateOnly(2015, 8, 2) });

        Assert.Equal(["a1", "a6"], bySource.Hits.Select(h => h.Id).Order());
        Assert.Equal(5, excluded.Total);
        Assert.Equal(["a4", "a5"], august.Hits.Select(h => h.Id).Order());
    }

    private SearchResponse Search(string q) => _archive.Searcher.Search(new SearchRequest { Query = q });

    private List<string> Ids(string q) => Search(q).Hits.Select(h => h.Id).ToList();

    public sealed class NewsArchive : IDisposable
    {
        public ArchiveFixture Fx { get; } = new(Fixtures.News);

        public void Dispose() => Fx.Dispose();
    }
}
