using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SearchApp.Core;
using SearchApp.Core.Indexing;
using SearchApp.Core.Search;

namespace SearchApp.Web.Pages.Entities;

/// <summary>
/// <c>/entities/{dim}/{value}</c>: how many articles mention an entity, when (timeline), with whom and
/// what (co-occurring facet values) and the latest articles.
/// </summary>
public sealed class EntityModel : PageModel
{
    private readonly SearchArchive _archive;

    public EntityModel(SearchArchive archive) => _archive = archive;

    public string Dim { get; private set; } = string.Empty;

    public string Value { get; private set; } = string.Empty;

    public SearchResponse Overview { get; private set; } = null!;

    public IActionResult OnGet(string dim, string value)
    {
        if (!Fields.FacetDimensions.Contains(dim) || string.IsNullOrWhiteSpace(value))
        {
            return NotFound();
        }

        Dim = dim;
        Value = value.Trim();
        Overview = _archive.Searcher.EntityOverview(Dim, Value);
        if (Overview.Total == 0)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }

        return Page();
    }

    public static string Link(string dim, string value) => $"/entities/{Uri.EscapeDataString(dim)}/{Uri.EscapeDataString(value)}";
}
