using SearchApp.Core;
using SearchApp.Core.Facets;
using SearchApp.Core.Search;

namespace SearchApp.Web.Api;

/// <summary><c>GET /api/search</c> per the contract in DESIGN.md.</summary>
public static class SearchEndpoints
{
    public static void MapSearchEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/search", (HttpContext http, SearchArchive archive) =>
        {
            try
            {
                var clock = System.Diagnostics.Stopwatch.StartNew();
                var response = archive.Searcher.Search(SearchRequestBinder.Bind(http.Request.Query), SearchRequestBinder.FacetSize(http.Request.Query));
                // Server-side time of parse + search + facets + snippets, for clients and benchmarks (W3C Server Timing).
                http.Response.Headers["Server-Timing"] = FormattableString.Invariant($"search;dur={clock.Elapsed.TotalMilliseconds:0.###}");
                return Results.Json(ToJson(response), ApiJson.Options);
            }
            catch (SearchRequestException ex)
            {
                return ApiJson.Error(StatusCodes.Status400BadRequest, ex.Message);
            }
        });
    }

    public static object ToJson(SearchResponse r) => new
    {
        total = r.Total,
        page = r.Page,
        size = r.Size,
        parsed = r.Parsed,
        variants = r.Variants,
        notes = r.Notes,
        hits = r.Hits.Select(h => new { id = h.Id, title = h.Title, source = h.Source, published = h.Published, snippet = h.Snippet, score = h.Score }),
        facets = r.Facets.ToDictionary(f => f.Key, f => f.Value.Select(v => new { value = v.Value, count = v.Count, selected = v.Selected })),
        dates = r.Dates.Buckets.Select(d => new { bucket = d.Bucket, count = d.Count }),
    };
}
