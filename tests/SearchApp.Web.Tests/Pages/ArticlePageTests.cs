using System.Net;
using SearchApp.Core.Articles;
using SearchApp.Web.Tests.Support;

namespace SearchApp.Web.Tests.Pages;

[Collection(AppCollection.Name)]
public sealed class ArticlePageTests
{
    private readonly SearchAppFactory _factory;
    private readonly HttpClient _client;

    public ArticlePageTests(SearchAppFactory factory)
    {
        _factory = factory;
        _client = factory.CreateClient();
    }

    [Fact]
    public async Task The_article_page_shows_title_metadata_and_paragraphs_with_their_offsets()
    {
        var stored = _factory.Archive.GetArticle("seed-0001")!.Article;

        var (doc, _, response) = await Html.GetAsync(_client, "/articles/seed-0001");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(stored.Title, doc.QuerySelector("article h1")!.TextContent);
        var paragraphs = doc.QuerySelectorAll("#article-body p");
        Assert.Equal(stored.Body.Split('\n').Length, paragraphs.Length);
        Assert.All(paragraphs, p =>
        {
            var start = int.Parse(p.GetAttribute("data-start")!, System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(p.TextContent, stored.Body.Substring(start, p.TextContent.Length));
        });
    }

    [Fact]
    public async Task An_unknown_article_gets_a_friendly_404_page()
    {
        var (doc, raw, response) = await Html.GetAsync(_client, "/articles/nothing-here");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("الصفحة غير موجودة", doc.QuerySelector("h1")!.TextContent);
        Assert.DoesNotContain("Exception", raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_javascript_url_in_an_article_is_not_linked()
    {
        _factory.AddArticle(new ArticleInput("js-url", "عنوان", "نص المقالة.", "Test", null, null, "javascript:alert(1)"));

        var (doc, _, _) = await Html.GetAsync(_client, "/articles/js-url");

        Assert.Empty(doc.QuerySelectorAll("a[href^='javascript']"));
    }

    [Fact]
    public async Task Responses_carry_a_content_security_policy()
    {
        var response = await _client.GetAsync(new Uri("/articles/seed-0001", UriKind.Relative));
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }
}
