using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using SearchApp.Browser.Tests.Support;
using Xunit.Abstractions;

namespace SearchApp.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class AnnotatingTests
{
    private const string Quote = "التحالف الدولي";
    private const string Tag = "تحالف-اختبار";

    private readonly BrowserFixture _fixture;
    private readonly ITestOutputHelper _output;

    public AnnotatingTests(BrowserFixture fixture, ITestOutputHelper output)
    {
        _fixture = fixture;
        _output = output;
    }

    [Fact]
    public async Task A_passage_selected_with_the_mouse_and_labelled_ORG_is_saved_and_highlighted_over_exactly_that_text()
    {
        var body = await _fixture.BodyOfAsync("seed-0001");
        var start = body.IndexOf(Quote, StringComparison.Ordinal);
        var end = start + Quote.Length;
        await using var context = await _fixture.NewContextAsync(BrowserFixture.Author);
        var article = await ArticlePage.OpenAsync(context, "seed-0001");
        var page = article.Page;
        var childrenBefore = await article.ParagraphChildrenAsync(start);

        // Drag from the first letter's right edge to the last letter's left edge (Arabic runs right to left).
        var first = await article.BoxOfAsync(start, start + 1);
        var last = await article.BoxOfAsync(end - 1, end);
        await page.Mouse.MoveAsync((float)(first.Right - 1), (float)first.MiddleY);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync((float)(last.Left + 1), (float)last.MiddleY, new() { Steps = 8 });
        await page.Mouse.UpAsync();

        await Assertions.Expect(article.Popover.Locator("h2 q")).ToHaveTextAsync(Quote);
        await page.Keyboard.PressAsync("2");
        await Assertions.Expect(page.Locator("#annotate-label-ORG")).ToBeCheckedAsync();
        await page.FillAsync("#annotate-tags", Tag);
        await page.FillAsync("#annotate-comment", "الاسم الرسمي: التحالف الدولي ضد داعش");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDirectory, "annotation-popover.png") });
        var (status, created, request) = await article.ApiCallAsync("POST", () => page.ClickAsync(".annotate-save"));

        Assert.Equal(201, status);
        var selectors = JsonDocument.Parse(request).RootElement.GetProperty("target").GetProperty("selector").EnumerateArray().ToList();
        var position = selectors.Single(s => s.GetProperty("type").GetString() == "TextPositionSelector");
        Assert.Equal((start, end), (position.GetProperty("start").GetInt32(), position.GetProperty("end").GetInt32()));
        Assert.Equal(Quote, selectors.Single(s => s.GetProperty("type").GetString() == "TextQuoteSelector").GetProperty("exact").GetString());
        Assert.Contains("ORG", created!.Value.GetProperty("body").ToString(), StringComparison.Ordinal);

        await article.ReloadAsync();

        Assert.Equal([Quote], await article.HighlightTextsAsync("annotation-org"));
        Assert.Contains(Quote, await article.HighlightTextsAsync("annotation"));
        var item = article.ListItems.Filter(new() { HasText = "الاسم الرسمي" });
        await Assertions.Expect(item.Locator(".annotation-quote")).ToHaveTextAsync(Quote);
        await Assertions.Expect(item.Locator(".annotation-label")).ToHaveTextAsync("منظمة");
        await Assertions.Expect(item.Locator(".annotation-tags li")).ToHaveTextAsync(Tag);
        await Assertions.Expect(item.Locator(".annotation-author bdi")).ToHaveTextAsync(BrowserFixture.Author);

        var screenshot = Path.Combine(BrowserFixture.ArtifactsDirectory, "annotated-article.png");
        await page.ScreenshotAsync(new() { Path = screenshot, FullPage = true });
        _output.WriteLine("screenshot of the annotated article: " + screenshot);

        // Shaping: no element was wrapped around the letters (the paragraph's nodes are the server's: text and
        // entity marks), and the text is exactly as wide with the highlight as without.
        Assert.Equal(childrenBefore, await article.ParagraphChildrenAsync(start));
        Assert.All(await article.ParagraphChildrenAsync(start), name => Assert.Contains(name, new[] { "#text", "MARK" }));
        var widths = await article.WidthsWithAndWithoutHighlightsAsync(start, end);
        Assert.InRange(widths.QuoteWith - widths.QuoteWithout, -0.5, 0.5);
        Assert.InRange(widths.TextWith - widths.TextWithout, -0.5, 0.5);
        // The same measurement does see joining broken inside the word (between the ت and the ح of التحالف).
        Assert.True(await article.WidthChangeWhenJoiningIsBrokenAtAsync(start + 3) > 0.5);
    }

    [Fact]
    public async Task The_tag_given_in_the_browser_becomes_a_search_facet_and_filter()
    {
        var id = await _fixture.CopyOfSeedAsync("browser-facet");
        var body = await _fixture.BodyOfAsync(id);
        var start = body.IndexOf("سانا", StringComparison.Ordinal);
        await using var context = await _fixture.NewContextAsync(BrowserFixture.Author);
        var article = await ArticlePage.OpenAsync(context, id);

        await article.SelectAsync(start, start + "سانا".Length);
        await Assertions.Expect(article.Popover.Locator("h2 q")).ToHaveTextAsync("سانا");
        await article.Page.FillAsync("#annotate-tags", "وكالة-أنباء، مصدر-رسمي");
        var (status, _, _) = await article.ApiCallAsync("POST", () => article.Page.ClickAsync(".annotate-save"));
        Assert.Equal(201, status);

        // The next annotation offers the tags used so far.
        await article.SelectAsync(0, 4);
        await Assertions.Expect(article.Popover.Locator("#annotate-tags")).ToHaveAttributeAsync("list", "annotation-tag-suggestions");
        await Assertions.Expect(article.Page.Locator("#annotation-tag-suggestions option[value='مصدر-رسمي']")).ToHaveCountAsync(1);

        using var api = _fixture.Api(BrowserFixture.Author);
        var result = await api.GetFromJsonAsync<JsonElement>("/api/search?tag=" + Uri.EscapeDataString("مصدر-رسمي"));
        Assert.Equal(1, result.GetProperty("total").GetInt32());
        Assert.Equal(id, result.GetProperty("hits")[0].GetProperty("id").GetString());
        var facets = result.GetProperty("facets");
        // Facet counting lands separately (issue 4); once it counts anything, the new tags must be among the values.
        if (facets.GetProperty("source").GetArrayLength() > 0)
        {
            var tags = facets.GetProperty("tag").EnumerateArray().Select(t => t.GetProperty("value").GetString()).ToList();
            Assert.Contains("مصدر-رسمي", tags);
            Assert.Contains("وكالة-أنباء", tags);
        }
    }
}
