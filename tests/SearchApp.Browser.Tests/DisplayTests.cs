using System.Text.Json;
using Microsoft.Playwright;
using SearchApp.Browser.Tests.Support;

namespace SearchApp.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class DisplayTests
{
    private readonly BrowserFixture _fixture;

    public DisplayTests(BrowserFixture fixture) => _fixture = fixture;

    [Fact]
    public async Task Markup_in_a_comment_or_tag_shows_as_text_in_the_list_the_popover_and_the_form()
    {
        const string Comment = "<img src=x onerror=\"document.title='xss'\"><script>document.title='xss'</script> **نص**";
        const string Tag = "<b>وسم</b>";
        var id = await _fixture.CopyOfSeedAsync("browser-xss");
        var start = (await _fixture.BodyOfAsync(id)).IndexOf("سانا", StringComparison.Ordinal);
        await _fixture.AnnotateAsync(BrowserFixture.Author, id, "سانا", null, [Tag], Comment);
        await using var context = await _fixture.NewContextAsync(BrowserFixture.Author);
        var article = await ArticlePage.OpenAsync(context, id);
        var page = article.Page;

        await Assertions.Expect(article.ListItems.Locator(".annotation-comment")).ToHaveTextAsync(Comment);
        await Assertions.Expect(article.ListItems.Locator(".annotation-tags li")).ToHaveTextAsync(Tag);
        var box = await article.BoxOfAsync(start, start + 4);
        await page.Mouse.ClickAsync((float)(box.Left + (box.Width / 2)), (float)box.MiddleY);
        await Assertions.Expect(article.Popover.Locator(".annotation-comment")).ToHaveTextAsync(Comment);
        await article.Popover.Locator(".annotation-edit").ClickAsync();
        await Assertions.Expect(page.Locator("#annotate-comment")).ToHaveValueAsync(Comment);

        Assert.Equal(0, await page.Locator("#annotations-panel img, #annotations-panel script, #annotations-panel b, .annotate-popover img, .annotate-popover script").CountAsync());
        Assert.NotEqual("xss", await page.TitleAsync());
        var html = await (await page.APIRequest.GetAsync("/articles/" + id)).TextAsync();
        Assert.Contains("&lt;img src=x", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_annotation_whose_text_is_gone_from_the_article_is_listed_as_detached_not_dropped()
    {
        const string Quote = "مربض مدفعية";
        var id = await _fixture.CopyOfSeedAsync("browser-detached");
        await _fixture.AnnotateAsync(BrowserFixture.Author, id, Quote, null, [], "سيُفصل");
        await _fixture.CopyOfSeedAsync(id, body => body.Replace("ضد مربض مدفعية تابع", "على موقع", StringComparison.Ordinal));
        await using var context = await _fixture.NewContextAsync(BrowserFixture.Author);

        var article = await ArticlePage.OpenAsync(context, id);

        await Assertions.Expect(article.Page.Locator("#annotations-detached")).ToBeVisibleAsync();
        await Assertions.Expect(article.DetachedItems.Locator(".annotation-quote")).ToHaveTextAsync(Quote);
        await Assertions.Expect(article.DetachedItems.Locator(".annotation-delete")).ToHaveCountAsync(1);
        await Assertions.Expect(article.DetachedItems.Locator(".annotation-edit")).ToHaveCountAsync(0);
        await Assertions.Expect(article.ListItems).ToHaveCountAsync(0);
        await Assertions.Expect(article.Page.Locator("#annotation-count")).ToHaveTextAsync("1");
        Assert.Empty(await article.HighlightTextsAsync("annotation"));
    }

    [Fact]
    public async Task Overlapping_annotations_are_both_drawn_with_the_shared_part_marked_and_a_click_there_shows_both()
    {
        const string First = "بطيران «التحالف الدولي»";
        const string Second = "«التحالف الدولي» الذي تقوده";
        var id = await _fixture.CopyOfSeedAsync("browser-overlap");
        var start = (await _fixture.BodyOfAsync(id)).IndexOf("التحالف", StringComparison.Ordinal);
        await _fixture.AnnotateAsync(BrowserFixture.Author, id, First, "ORG", [], "الأول");
        await _fixture.AnnotateAsync(BrowserFixture.Author, id, Second, null, [], "الثاني");
        await using var context = await _fixture.NewContextAsync(BrowserFixture.Author);
        var article = await ArticlePage.OpenAsync(context, id);

        Assert.Equal(new[] { First, Second }.Order(StringComparer.Ordinal), (await article.HighlightTextsAsync("annotation")).Order(StringComparer.Ordinal));
        Assert.Equal(["«التحالف الدولي»"], await article.HighlightTextsAsync("annotation-overlap"));
        var box = await article.BoxOfAsync(start, start + 7);
        await article.Page.Mouse.ClickAsync((float)(box.Left + (box.Width / 2)), (float)box.MiddleY);
        await Assertions.Expect(article.Popover.Locator(".annotation-item")).ToHaveCountAsync(2);
        await article.Page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDirectory, "overlapping-annotations.png") });
    }

    [Fact]
    public async Task Without_the_highlight_api_overlay_boxes_cover_the_passage_and_leave_the_text_as_it_was()
    {
        const string Quote = "وكالة «سانا» للأنباء";
        var id = await _fixture.CopyOfSeedAsync("browser-overlay");
        var start = (await _fixture.BodyOfAsync(id)).IndexOf(Quote, StringComparison.Ordinal);
        await _fixture.AnnotateAsync(BrowserFixture.Author, id, Quote, "ORG", [], "عبر الطبقة");
        await using var context = await _fixture.NewContextAsync(BrowserFixture.Author);
        await context.AddInitScriptAsync("delete window.Highlight;");
        var article = await ArticlePage.OpenAsync(context, id);
        var page = article.Page;

        Assert.Empty(await article.HighlightTextsAsync("annotation"));
        var covered = await page.EvaluateAsync<bool>(
            "([start, end]) => { " + ArticlePage.PointScript + """
                const boxes = [...document.querySelectorAll('.overlay-box.overlay-annotation')].map(b => b.getBoundingClientRect());
                const r = rangeOf(start, end);
                const rects = [...r.getClientRects()].filter(x => x.width > 0.5);
                const near = (a, b) => Math.abs(a - b) < 1;
                return rects.length > 0 && rects.length === boxes.length && rects.every(x => boxes.some(b =>
                    near(b.left, x.left) && near(b.top, x.top) && near(b.width, x.width) && near(b.height, x.height)));
            }
            """,
            new[] { start, start + Quote.Length });
        Assert.True(covered, "the overlay boxes do not match the passage's line boxes");

        var box = await article.BoxOfAsync(start, start + 5);
        await page.Mouse.ClickAsync((float)(box.Left + (box.Width / 2)), (float)box.MiddleY);
        await Assertions.Expect(article.Popover.Locator(".annotation-comment")).ToHaveTextAsync("عبر الطبقة");
        var widths = await article.WidthsWithAndWithoutHighlightsAsync(start, start + Quote.Length);
        Assert.InRange(widths.QuoteWith - widths.QuoteWithout, -0.5, 0.5);
        Assert.InRange(widths.TextWith - widths.TextWithout, -0.5, 0.5);
    }

    [Fact]
    public async Task Without_javascript_the_page_still_lists_the_annotations_and_exports_them_as_json_ld()
    {
        var id = await _fixture.CopyOfSeedAsync("browser-nojs");
        await _fixture.AnnotateAsync(BrowserFixture.Author, id, "سانا", "ORG", ["بلا-سكربت"], "يُقرأ بلا سكربت");
        await using var context = await _fixture.Browser.NewContextAsync(new() { BaseURL = _fixture.App.BaseUrl, JavaScriptEnabled = false });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/articles/" + id);

        var item = page.Locator("#annotation-list > li");
        await Assertions.Expect(item.Locator(".annotation-quote")).ToHaveTextAsync("سانا");
        await Assertions.Expect(item.Locator(".annotation-label")).ToHaveTextAsync("منظمة");
        await Assertions.Expect(item.Locator(".annotation-comment")).ToHaveTextAsync("يُقرأ بلا سكربت");
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#annotations-export"));
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(await download.PathAsync()));
        Assert.Equal("AnnotationCollection", json.RootElement.GetProperty("type").GetString());
        Assert.Equal(1, json.RootElement.GetProperty("total").GetInt32());
        Assert.Equal($"annotations-{id}.jsonld", download.SuggestedFilename);
    }
}
