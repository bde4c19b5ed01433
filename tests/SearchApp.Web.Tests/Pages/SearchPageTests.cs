using System.Net;
using SearchApp.Core.Articles;
using SearchApp.Web.Tests.Support;

namespace SearchApp.Web.Tests.Pages;

[Collection(AppCollection.Name)]
public sealed class SearchPageTests
{
    private readonly SearchAppFactory _factory;
    private readonly HttpClient _client;

    public SearchPageTests(SearchAppFactory factory)
    {
        _factory = factory;
        _client = factory.CreateClient();
    }

    [Fact]
    public async Task The_page_is_arabic_and_right_to_left()
    {
        var (doc, _, _) = await Html.GetAsync(_client, "/");

        Assert.Equal("rtl", doc.DocumentElement.GetAttribute("dir"));
        Assert.Equal("ar", doc.DocumentElement.GetAttribute("lang"));
        Assert.NotNull(doc.QuerySelector("form[role=search] input[name=q]"));
    }

    [Fact]
    public async Task Results_are_listed_with_marked_snippets_and_arabic_left_as_characters()
    {
        var (doc, raw, response) = await Html.GetAsync(_client, "/?q=" + Uri.EscapeDataString("السعودية"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var hits = doc.QuerySelectorAll("li.hit");
        Assert.Equal(10, hits.Length);
        Assert.All(hits, h => Assert.NotNull(h.QuerySelector(".hit-title a[href^='/articles/']")));
        Assert.NotEmpty(doc.QuerySelectorAll(".snippet mark"));
        Assert.Contains("السعودية", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("&#x6", raw, StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(doc.QuerySelector("nav.pager a[rel=next]"));
    }

    [Fact]
    public async Task The_next_page_link_keeps_the_query()
    {
        var (doc, _, _) = await Html.GetAsync(_client, "/?q=" + Uri.EscapeDataString("السعودية"));
        var next = doc.QuerySelector("nav.pager a[rel=next]")!.GetAttribute("href")!;

        var (page2, _, _) = await Html.GetAsync(_client, next);

        Assert.Contains("page=2", next, StringComparison.Ordinal);
        Assert.Equal(11, int.Parse(page2.QuerySelector("ol.hits")!.GetAttribute("start")!, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task No_results_gives_suggestions()
    {
        var (doc, _, response) = await Html.GetAsync(_client, "/?q=" + Uri.EscapeDataString("كلمةغيرموجودةإطلاقا"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(doc.QuerySelector(".empty ul li"));
        Assert.Empty(doc.QuerySelectorAll("li.hit"));
    }

    [Fact]
    public async Task A_malformed_query_shows_how_it_was_read()
    {
        var (doc, _, response) = await Html.GetAsync(_client, "/?q=" + Uri.EscapeDataString("\"الأمم المتحدة"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"الأمم المتحدة\"", doc.QuerySelector(".parsed-note code")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_query_of_only_stop_words_gets_advice_in_arabic()
    {
        var (doc, _, response) = await Html.GetAsync(_client, "/?q=" + Uri.EscapeDataString("في من على"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("شائعة جدًا", doc.QuerySelector(".parsed-note[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(doc.QuerySelector(".parsed-note code"));
    }

    [Fact]
    public async Task A_bad_request_shows_a_message_not_an_error_page()
    {
        var (doc, raw, response) = await Html.GetAsync(_client, "/?q=x&from=not-a-date");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("yyyy-mm-dd", doc.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Corpus_supplied_markup_is_shown_as_text()
    {
        _factory.AddArticle(new ArticleInput("xss-1", "<script>alert(1)</script> عنوان خبيث", "نص يحتوي <img src=x onerror=alert(1)> وكلمة فريدةجدا هنا.", "Test", null, null, null));

        var (doc, raw, _) = await Html.GetAsync(_client, "/?q=" + Uri.EscapeDataString("فريدةجدا"));

        Assert.Empty(doc.QuerySelectorAll(".hit script, .hit img"));
        Assert.Contains("&lt;script&gt;", raw, StringComparison.Ordinal);
        Assert.Contains("<script>alert(1)</script> عنوان خبيث", doc.QuerySelector(".hit-title")!.TextContent, StringComparison.Ordinal);
    }
}
