using Microsoft.AspNetCore.Mvc.RazorPages;
using SearchApp.Core;
using SearchApp.Core.Search;
using SearchApp.Web.Api;

namespace SearchApp.Web.Pages;

/// <summary>The search page: the same request model and searcher as <c>GET /api/search</c>.</summary>
public sealed class IndexModel : PageModel
{
    private readonly SearchArchive _archive;

    public IndexModel(SearchArchive archive) => _archive = archive;

    public SearchRequest? Criteria { get; private set; }

    public SearchResponse? Result { get; private set; }

    public string? ErrorMessage { get; private set; }

    public string Query => Request.Query["q"].ToString();

    public int PageCount => Result is null ? 0 : (int)Math.Min(
        Math.Ceiling(Result.Total / (double)Result.Size),
        SearchRequest.MaxResultWindow / Result.Size);

    public void OnGet()
    {
        ViewData["Query"] = Query;
        try
        {
            Criteria = SearchRequestBinder.Bind(Request.Query);
            Result = _archive.Searcher.Search(Criteria);
        }
        catch (SearchRequestException ex)
        {
            ErrorMessage = ex.Message;
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
    }

    /// <summary>This page's URL with one query parameter replaced (others, including filters, kept).</summary>
    public string UrlWith(string name, string? value)
    {
        var pairs = Request.Query
            .Where(kv => kv.Key != name)
            .SelectMany(kv => kv.Value.Select(v => new KeyValuePair<string, string?>(kv.Key, v)))
            .ToList();
        if (!string.IsNullOrEmpty(value))
        {
            pairs.Add(new(name, value));
        }

        return "/" + Microsoft.AspNetCore.Http.QueryString.Create(pairs).ToUriComponent();
    }
}
