using Microsoft.AspNetCore.Mvc.RazorPages;
using SearchApp.Core;
using SearchApp.Core.Facets;
using SearchApp.Core.Indexing;
using SearchApp.Core.Search;
using SearchApp.Web.Api;
using SearchApp.Web.Rendering;

namespace SearchApp.Web.Pages;

/// <summary>
/// The search page: the same request model and searcher as <c>GET /api/search</c>, with the facet sidebar,
/// filter chips and date histogram. Every state is in the URL; everything works with plain links and GET
/// forms, and wwwroot/js/search.js only makes it quicker.
/// </summary>
public sealed class IndexModel : PageModel
{
    public const int MoreValues = 100;
    private readonly SearchArchive _archive;

    public IndexModel(SearchArchive archive) => _archive = archive;

    public SearchRequest? Criteria { get; private set; }

    public SearchResponse? Result { get; private set; }

    public string? ErrorMessage { get; private set; }

    public SearchUrls Urls { get; private set; } = null!;

    /// <summary>Values to show per dimension: the top values, or all matching the block's filter box, or "more".</summary>
    public Dictionary<string, IReadOnlyList<FacetValue>> Blocks { get; } = new(StringComparer.Ordinal);

    public string Query => Request.Query["q"].ToString();

    public int PageCount => Result is null ? 0 : (int)Math.Min(
        Math.Ceiling(Result.Total / (double)Result.Size),
        SearchRequest.MaxResultWindow / Result.Size);

    public string? FilterText(string dim) => Request.Query["fq." + dim].FirstOrDefault();

    public bool ShowsMore(string dim) => Request.Query["more"].Contains(dim);

    public bool HasFilters => Criteria is { } c && (c.Filters.Count > 0 || c.Exclusions.Count > 0 || c.From is not null || c.To is not null);

    public void OnGet()
    {
        ViewData["Query"] = Query;
        Urls = new SearchUrls(Request.Query);
        try
        {
            Criteria = SearchRequestBinder.Bind(Request.Query);
            Result = _archive.Searcher.Search(Criteria);
            foreach (var dim in Fields.FacetDimensions)
            {
                var text = FilterText(dim);
                Blocks[dim] = !string.IsNullOrWhiteSpace(text)
                    ? _archive.Searcher.SearchFacetValues(Criteria, dim, text, FacetMatchMode.Substring, MoreValues)
                    : ShowsMore(dim)
                        ? _archive.Searcher.SearchFacetValues(Criteria, dim, string.Empty, FacetMatchMode.Prefix, MoreValues)
                        : Result.Facets[dim];
            }
        }
        catch (SearchRequestException ex)
        {
            ErrorMessage = ex.Message;
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
    }

    /// <summary>The active filters as chips: (label, value, URL that removes it, excluded?).</summary>
    public IEnumerable<(string Label, string Value, string RemoveUrl, bool Excluded)> Chips()
    {
        if (Criteria is null)
        {
            yield break;
        }

        foreach (var (dim, values) in Criteria.Filters)
        {
            foreach (var v in values)
            {
                yield return (FacetLabels.Singular(dim), v, Urls.Remove(dim, v), false);
            }
        }

        foreach (var (dim, values) in Criteria.Exclusions)
        {
            foreach (var v in values)
            {
                yield return (FacetLabels.Singular(dim), v, Urls.Remove("not." + dim, v), true);
            }
        }

        if (Criteria.From is not null || Criteria.To is not null)
        {
            var range = $"{Criteria.From?.ToString("yyyy-MM-dd") ?? "…"} – {Criteria.To?.ToString("yyyy-MM-dd") ?? "…"}";
            yield return ("التاريخ", range, Urls.DateRange(null, null), false);
        }
    }
}
