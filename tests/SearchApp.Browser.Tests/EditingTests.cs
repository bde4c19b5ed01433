using System.Net;
using Microsoft.Playwright;
using SearchApp.Browser.Tests.Support;

namespace SearchApp.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class EditingTests
{
    private const string Quote = "مصدر عسكري";

    private readonly BrowserFixture _fixture;

    public EditingTests(BrowserFixture fixture) => _fixture = fixture;

    [Fact]
    public async Task The_author_edits_and_then_deletes_an_annotation_from_its_highlight()
    {
        var id = await _fixture.CopyOfSeedAsync("browser-edit");
        var annotationId = await _fixture.AnnotateAsync(BrowserFixture.Author, id, Quote, "ORG", ["عسكري"], "تعليق أول");
        var start = (await _fixture.BodyOfAsync(id)).IndexOf(Quote, StringComparison.Ordinal);
        await using var context = await _fixture.NewContextAsync(BrowserFixture.Author);
        var article = await ArticlePage.OpenAsync(context, id);
        var page = article.Page;
        var box = await article.BoxOfAsync(start, start + Quote.Length);

        await page.Mouse.ClickAsync((float)(box.Left + (box.Width / 2)), (float)box.MiddleY);
        await Assertions.Expect(article.Popover.Locator(".annotation-comment")).ToHaveTextAsync("تعليق أول");
        await article.Popover.Locator(".annotation-edit").ClickAsync();
        await Assertions.Expect(page.Locator("#annotate-comment")).ToHaveValueAsync("تعليق أول");
        await Assertions.Expect(page.Locator("#annotate-label-ORG")).ToBeCheckedAsync();
        await page.FillAsync("#annotate-comment", "تعليق معدّل");
        var (status, _, _) = await article.ApiCallAsync("PUT", () => page.ClickAsync(".annotate-save"));

        Assert.Equal(200, status);
        await Assertions.Expect(article.ListItems.Locator(".annotation-comment")).ToHaveTextAsync("تعليق معدّل");
        await Assertions.Expect(article.Popover).ToHaveCountAsync(0);

        await page.Mouse.ClickAsync((float)(box.Left + (box.Width / 2)), (float)box.MiddleY);
        var delete = article.Popover.Locator(".annotation-delete");
        await delete.ClickAsync();
        await Assertions.Expect(delete).ToHaveTextAsync("تأكيد الحذف");
        (status, _, _) = await article.ApiCallAsync("DELETE", () => delete.ClickAsync());

        Assert.Equal(204, status);
        await Assertions.Expect(article.ListItems).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#annotations-empty")).ToBeVisibleAsync();
        Assert.Empty(await article.HighlightTextsAsync("annotation"));
        using var api = _fixture.Api(BrowserFixture.Author);
        using var gone = await api.GetAsync(new Uri("/api/annotations/" + annotationId, UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task Saving_over_a_newer_version_is_refused_with_412_and_the_page_shows_the_newer_one()
    {
        var id = await _fixture.CopyOfSeedAsync("browser-stale");
        await _fixture.AnnotateAsync(BrowserFixture.Author, id, Quote, null, [], "الأصل");
        await using var context = await _fixture.NewContextAsync(BrowserFixture.Author);
        var first = await ArticlePage.OpenAsync(context, id);
        var second = await ArticlePage.OpenAsync(context, id);

        await first.ListItems.Locator(".annotation-edit").ClickAsync();
        await first.Page.FillAsync("#annotate-comment", "من النافذة الأولى");
        Assert.Equal(200, (await first.ApiCallAsync("PUT", () => first.Page.ClickAsync(".annotate-save"))).Status);

        await second.ListItems.Locator(".annotation-edit").ClickAsync();
        await second.Page.FillAsync("#annotate-comment", "من النافذة الثانية");
        var (status, _, _) = await second.ApiCallAsync("PUT", () => second.Page.ClickAsync(".annotate-save"));

        Assert.Equal(412, status);
        await Assertions.Expect(second.Page.Locator("#annotate-status")).ToContainTextAsync("غيّر أحدٌ هذا التعليق");
        await Assertions.Expect(second.ListItems.Locator(".annotation-comment")).ToHaveTextAsync("من النافذة الأولى");
    }

    [Fact]
    public async Task Another_annotator_sees_the_annotation_but_no_edit_or_delete_buttons()
    {
        var id = await _fixture.CopyOfSeedAsync("browser-other");
        await _fixture.AnnotateAsync(BrowserFixture.Author, id, Quote, "ORG", [], null);
        await using var own = await _fixture.NewContextAsync(BrowserFixture.Author);
        await using var other = await _fixture.NewContextAsync(BrowserFixture.OtherAnnotator);

        var mine = await ArticlePage.OpenAsync(own, id);
        var theirs = await ArticlePage.OpenAsync(other, id);

        await Assertions.Expect(mine.ListItems.Locator(".annotation-edit")).ToHaveCountAsync(1);
        await Assertions.Expect(theirs.ListItems).ToHaveCountAsync(1);
        await Assertions.Expect(theirs.ListItems.Locator("button")).ToHaveCountAsync(0);
    }
}
