using Microsoft.AspNetCore.Mvc.RazorPages;
using SearchApp.Core;
using SearchApp.Core.Annotations;

namespace SearchApp.Web.Pages;

/// <summary>Recent annotations across the archive, filterable by user, tag, label and source, and searchable by text.</summary>
public sealed class AnnotationsModel : PageModel
{
    public const int PageSize = 25;
    private readonly SearchArchive _archive;

    public AnnotationsModel(SearchArchive archive) => _archive = archive;

    public IReadOnlyList<(Annotation Annotation, string Title)> Items { get; private set; } = [];

    public int Total { get; private set; }

    public int PageNumber { get; private set; } = 1;

    public IReadOnlyList<(string Tag, int Count)> Tags { get; private set; } = [];

    public string? Q => Request.Query["q"].FirstOrDefault();

    public string? UserName => Request.Query["user"].FirstOrDefault();

    public string? Tag => Request.Query["tag"].FirstOrDefault();

    public string? Label => Request.Query["label"].FirstOrDefault();

    public string? Source => Request.Query["source"].FirstOrDefault();

    public void OnGet(int? page)
    {
        PageNumber = Math.Clamp(page ?? 1, 1, 10_000);
        var (items, total) = _archive.Annotations.List(new AnnotationQuery
        {
            Author = Blank(UserName),
            Tag = Blank(Tag),
            Label = Blank(Label)?.ToUpperInvariant(),
            Source = Blank(Source),
            Text = Blank(Q),
            Offset = (PageNumber - 1) * PageSize,
            Limit = PageSize,
        });
        Total = total;
        Items = items.Select(a => (a, _archive.Store.Get(a.ArticleId)?.Article.Title ?? a.ArticleId)).ToList();
        Tags = _archive.Annotations.Tags(30);
    }

    public string PageUrl(int page) => new Rendering.SearchUrls(Request.Query, "/annotations").Page(page);

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
