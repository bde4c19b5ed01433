using Microsoft.Playwright;
using SearchApp.Browser.Tests.Support;

namespace SearchApp.Browser.Tests;

/// <summary>The pages read on a phone: nothing wider than the screen, so no sideways scrolling.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LayoutTests
{
    private readonly BrowserFixture _fixture;

    public LayoutTests(BrowserFixture fixture) => _fixture = fixture;

    [Theory]
    [InlineData("/")]
    [InlineData("/?q=%D8%A7%D9%84%D8%B3%D8%B9%D9%88%D8%AF%D9%8A%D8%A9&source=Okaz")]
    [InlineData("/articles/seed-0001")]
    [InlineData("/annotations")]
    [InlineData("/entities/loc/%D8%AF%D9%8A%D8%B1%20%D8%A7%D9%84%D8%B2%D9%88%D8%B1")]
    public async Task Pages_fit_a_phone_screen_without_sideways_scrolling(string path)
    {
        await using var context = await _fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = _fixture.App.BaseUrl,
            Locale = "ar",
            ViewportSize = new() { Width = 375, Height = 800 },
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);

        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");

        Assert.True(widths[0] <= widths[1], $"{path}: content is {widths[0]} px wide on a {widths[1]} px screen");
    }
}
