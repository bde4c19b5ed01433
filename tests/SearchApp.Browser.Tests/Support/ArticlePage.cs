using System.Text.Json;
using Microsoft.Playwright;

namespace SearchApp.Browser.Tests.Support;

/// <summary>
/// The article page as the tests drive and inspect it. Offsets are mapped to DOM positions here with the
/// tests' own walk over the paragraphs' text nodes, independently of the page's annotate-anchoring.js.
/// </summary>
public sealed class ArticlePage
{
    // (offset) => [textNode, offsetInNode] over #article-body p[data-start] (every text node counts).
    /// <summary>JavaScript defining point(offset, preferEnd) and rangeOf(start, end) over the body text nodes.</summary>
    public const string PointScript = PointJs;

    private const string PointJs = """
        const point = (offset, preferEnd) => {
            for (const p of document.querySelectorAll('#article-body p[data-start]')) {
                let at = Number(p.dataset.start);
                const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
                for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                    if (offset >= at && (offset < at + n.length || (preferEnd && offset === at + n.length))) {
                        return [n, offset - at];
                    }
                    at += n.length;
                }
            }
            throw new Error('no text at offset ' + offset);
        };
        const rangeOf = (start, end) => {
            const r = document.createRange();
            const [a, i] = point(start, false);
            const [b, j] = point(end, true);
            r.setStart(a, i);
            r.setEnd(b, j);
            return r;
        };
        """;

    // (element) => the summed widths of its text nodes' line boxes.
    private const string TextWidthJs = """
        const textWidth = el => {
            let total = 0;
            const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                const r = document.createRange();
                r.selectNodeContents(n);
                for (const box of r.getClientRects()) {
                    total += box.width;
                }
            }
            return total;
        };
        """;

    public ArticlePage(IPage page) => Page = page;

    public IPage Page { get; }

    public ILocator Popover => Page.Locator(".annotate-popover:not([hidden])");

    public ILocator ListItems => Page.Locator("#annotation-list > li.annotation-item");

    public ILocator DetachedItems => Page.Locator("#detached-list > li.annotation-item");

    public static async Task<ArticlePage> OpenAsync(IBrowserContext context, string articleId)
    {
        var page = await context.NewPageAsync();
        var article = new ArticlePage(page);
        await article.GotoAsync(articleId);
        return article;
    }

    /// <summary>Loads the page and waits until annotate.js has fetched and drawn the annotations.</summary>
    public async Task GotoAsync(string articleId)
    {
        await Page.GotoAsync("/articles/" + Uri.EscapeDataString(articleId));
        await WaitReadyAsync();
    }

    public async Task ReloadAsync()
    {
        await Page.ReloadAsync();
        await WaitReadyAsync();
    }

    private Task WaitReadyAsync() => Page.Locator("#annotations-panel[data-state='ready']").WaitForAsync();

    /// <summary>Selects body text [start, end) with a DOM Range, as a script or an assistive tool would.</summary>
    public Task SelectAsync(int start, int end) => Page.EvaluateAsync(
        "([start, end]) => { " + PointJs + " const s = getSelection(); s.removeAllRanges(); s.addRange(rangeOf(start, end)); }",
        new[] { start, end });

    /// <summary>The viewport box of body text [start, end).</summary>
    public async Task<Box> BoxOfAsync(int start, int end)
    {
        var box = await Page.EvaluateAsync<double[]>(
            "([start, end]) => { " + PointJs + " const r = rangeOf(start, end).getBoundingClientRect(); return [r.left, r.top, r.width, r.height]; }",
            new[] { start, end });
        return new Box(box[0], box[1], box[2], box[3]);
    }

    /// <summary>The text of each range in a CSS Custom Highlight (empty when the highlight is not set).</summary>
    public Task<string[]> HighlightTextsAsync(string name) => Page.EvaluateAsync<string[]>(
        "name => { const h = CSS.highlights.get(name); return h ? [...h].map(r => r.toString()) : []; }", name);

    /// <summary>
    /// The rendered width of body text [start, end) and of all text in its paragraph (the sum of the text's line
    /// boxes, elements' own boxes left out), first as drawn, then with every highlight and overlay removed.
    /// Equal widths mean the highlight did not change how the letters are shaped.
    /// </summary>
    public async Task<(double QuoteWith, double QuoteWithout, double TextWith, double TextWithout)> WidthsWithAndWithoutHighlightsAsync(int start, int end)
    {
        var w = await Page.EvaluateAsync<double[]>(
            "([start, end]) => { " + PointJs + TextWidthJs + """
                const r = rangeOf(start, end);
                const p = r.startContainer.parentElement.closest('p');
                const quoteWidth = () => [...r.getClientRects()].reduce((sum, x) => sum + x.width, 0);
                const before = [quoteWidth(), textWidth(p)];
                CSS.highlights?.clear();
                document.querySelectorAll('.annotation-overlay').forEach(o => o.remove());
                document.body.offsetWidth;
                return [before[0], quoteWidth(), before[1], textWidth(p)];
            }
            """,
            new[] { start, end });
        return (w[0], w[1], w[2], w[3]);
    }

    /// <summary>
    /// The control for the width comparison: how much the text of a copy of the paragraph widens when the two
    /// letters at <paramref name="offset"/> are put in an inline-block, which cuts them off from their neighbours
    /// (as a highlighter that wraps letters in boxes would). A measurement that sees this sees broken joining.
    /// </summary>
    public Task<double> WidthChangeWhenJoiningIsBrokenAtAsync(int offset) => Page.EvaluateAsync<double>(
        "offset => { " + PointJs + TextWidthJs + """
            const [node, at] = point(offset, false);
            const p = node.parentElement.closest('p');
            const copy = p.cloneNode(true);
            p.after(copy);
            const path = [];
            for (let n = node; n !== p; n = n.parentNode) path.unshift([...n.parentNode.childNodes].indexOf(n));
            const twin = path.reduce((n, i) => n.childNodes[i], copy);
            const before = textWidth(copy);
            const r = document.createRange();
            r.setStart(twin, at);
            r.setEnd(twin, at + 2);
            const box = document.createElement('span');
            box.style.display = 'inline-block';
            r.surroundContents(box);
            const after = textWidth(copy);
            copy.remove();
            return after - before;
        }
        """, offset);

    /// <summary>How many child nodes of each kind the paragraph holding an offset has ("#text", "MARK", ...).</summary>
    public Task<string[]> ParagraphChildrenAsync(int offset) => Page.EvaluateAsync<string[]>(
        "offset => { " + PointJs + " return [...point(offset, false)[0].parentElement.closest('p').childNodes].map(n => n.nodeName); }", offset);

    /// <summary>Runs <paramref name="action"/> and returns the JSON of the API response it caused.</summary>
    public async Task<(int Status, JsonElement? Json, string RequestBody)> ApiCallAsync(string method, Func<Task> action)
    {
        var response = await Page.RunAndWaitForResponseAsync(action, r => r.Request.Method == method && r.Url.Contains("/api/annotations", StringComparison.Ordinal));
        JsonElement? json = null;
        if (response.Status != 204)
        {
            json = JsonDocument.Parse(await response.TextAsync()).RootElement.Clone();
        }

        return (response.Status, json, response.Request.PostData ?? string.Empty);
    }

    public readonly record struct Box(double Left, double Top, double Width, double Height)
    {
        public double Right => Left + Width;

        public double MiddleY => Top + (Height / 2);
    }
}
