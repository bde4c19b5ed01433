using System.Globalization;
using SearchApp.Core;
using SearchApp.Core.Facets;
using SearchApp.Core.Indexing;
using SearchApp.Core.Search;

namespace SearchApp.Web.Api;

/// <summary>
/// <c>GET /api/facets/{dim}?prefix=..|contains=..&amp;limit=..</c> plus the search parameters (<c>q</c>,
/// filters, dates): values of one dimension matching the typed text (normalised like the index:
/// hamza/alef/yaa/taa-marbuta, diacritics), with document counts under the current query and the other
/// dimensions' filters — what the facet block's filter box and "more" need.
/// </summary>
public static class FacetEndpoints
{
    public const int DefaultLimit = 20;

    public static void MapFacetEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/facets/{dim}", (string dim, HttpRequest http, SearchArchive archive) =>
        {
            if (!Fields.FacetDimensions.Contains(dim))
            {
                return ApiJson.Error(StatusCodes.Status404NotFound, $"Unknown facet '{dim}' (person, org, loc, source, tag).");
            }

            try
            {
                var request = SearchRequestBinder.Bind(http.Query);
                var contains = http.Query["contains"].ToString();
                var text = contains.Length > 0 ? contains : http.Query["prefix"].ToString();
                var mode = contains.Length > 0 ? FacetMatchMode.Substring : FacetMatchMode.Prefix;
                var limit = Limit(http.Query["limit"].ToString());
                var values = archive.Searcher.SearchFacetValues(request, dim, text, mode, limit);
                return Results.Json(new
                {
                    dimension = dim,
                    text,
                    values = values.Select(v => new { value = v.Value, count = v.Count, selected = v.Selected }),
                }, ApiJson.Options);
            }
            catch (SearchRequestException ex)
            {
                return ApiJson.Error(StatusCodes.Status400BadRequest, ex.Message);
            }
        });
    }

    private static int Limit(string text)
    {
        if (text.Length == 0)
        {
            return DefaultLimit;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= ArticleSearcher.MaxFacetSize
            ? n
            : throw new SearchRequestException($"limit must be a whole number from 1 to {ArticleSearcher.MaxFacetSize}.");
    }
}
