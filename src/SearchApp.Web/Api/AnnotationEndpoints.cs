using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Net.Http.Headers;
using SearchApp.Core;
using SearchApp.Core.Annotations;
using SearchApp.Web.Auth;

namespace SearchApp.Web.Api;

/// <summary>
/// The annotation endpoints of the contract, in the spirit of the W3C Web Annotation Protocol:
/// JSON-LD with the anno.jsonld profile, ETag = version, If-Match on PUT/DELETE (412 when stale),
/// AnnotationCollection/AnnotationPage for lists.
/// </summary>
public static class AnnotationEndpoints
{
    public const int PageSize = 100;

    public static void MapAnnotationEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/annotations", async (HttpContext http, AnnotationService service) =>
        {
            try
            {
                var parsed = WebAnnotationReader.Read(await ApiRequests.ReadJsonAsync(http.Request));
                var created = service.Create(UserClaims.Actor(http.User)!, parsed.Draft);
                var iris = ApiRequests.Iris(http);
                http.Response.Headers.Location = iris.Annotation(created.Id);
                return LdJson(http, WebAnnotationWriter.Annotation(created, iris), created.Version, StatusCodes.Status201Created);
            }
            catch (AnnotationException ex)
            {
                return ApiRequests.Failure(ex);
            }
        }).RequireWriter();

        app.MapGet("/api/annotations/{id}", (string id, HttpContext http, AnnotationService service) =>
            service.Get(id) is { } a
                ? LdJson(http, WebAnnotationWriter.Annotation(a, ApiRequests.Iris(http)), a.Version, StatusCodes.Status200OK)
                : ApiJson.Error(StatusCodes.Status404NotFound, $"No annotation with id '{id}'."));

        app.MapPut("/api/annotations/{id}", async (string id, HttpContext http, AnnotationService service) =>
        {
            try
            {
                var expected = IfMatch(http.Request);
                var parsed = WebAnnotationReader.Read(await ApiRequests.ReadJsonAsync(http.Request));
                var updated = service.Update(UserClaims.Actor(http.User)!, id, expected, parsed.Draft);
                return LdJson(http, WebAnnotationWriter.Annotation(updated, ApiRequests.Iris(http)), updated.Version, StatusCodes.Status200OK);
            }
            catch (AnnotationException ex)
            {
                return ApiRequests.Failure(ex);
            }
        }).RequireWriter();

        app.MapDelete("/api/annotations/{id}", (string id, HttpContext http, AnnotationService service) =>
        {
            try
            {
                service.Delete(UserClaims.Actor(http.User)!, id, IfMatch(http.Request));
                return Results.NoContent();
            }
            catch (AnnotationException ex)
            {
                return ApiRequests.Failure(ex);
            }
        }).RequireWriter();

        app.MapGet("/api/annotations", (HttpContext http, SearchArchive archive) => List(http, archive));
        app.MapGet("/api/annotations/tags", (SearchArchive archive) =>
            Results.Json(archive.Annotations.Tags().Select(t => new { tag = t.Tag, count = t.Count }), ApiJson.Options));
    }

    private static IResult List(HttpContext http, SearchArchive archive)
    {
        var q = http.Request.Query;
        var page = int.TryParse(q["page"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var p) ? p : -1;
        if (q.ContainsKey("page") && page < 0)
        {
            return ApiJson.Error(StatusCodes.Status400BadRequest, "page must be a whole number from 0.");
        }

        var query = new AnnotationQuery
        {
            ArticleId = NullIfEmpty(q["article"]),
            Author = NullIfEmpty(q["user"]),
            Tag = NullIfEmpty(q["tag"]),
            Label = NullIfEmpty(q["label"])?.ToUpperInvariant(),
            Source = NullIfEmpty(q["source"]),
            Text = NullIfEmpty(q["q"]),
            Offset = Math.Max(page, 0) * PageSize,
            Limit = PageSize,
        };
        var (items, total) = archive.Annotations.List(query);
        var iris = ApiRequests.Iris(http);
        var collectionId = iris.Base + "/api/annotations" + FilterQuery(http, null);
        var lastPage = Math.Max(0, (total - 1) / PageSize);
        string PageId(int n) => iris.Base + "/api/annotations" + FilterQuery(http, n);
        var current = Math.Max(page, 0);
        var pageJson = WebAnnotationWriter.Page(
            PageId(current), collectionId, current * PageSize,
            items.Select(a => WebAnnotationWriter.Annotation(a, iris, withContext: false)),
            current < lastPage ? PageId(current + 1) : null,
            current > 0 ? PageId(current - 1) : null,
            withContext: page >= 0);
        var body = page >= 0
            ? pageJson
            : WebAnnotationWriter.Collection(collectionId, query.ArticleId is null ? "Annotations" : $"Annotations on {query.ArticleId}", total, pageJson, PageId(lastPage));
        return Results.Text(body.ToJsonString(ApiJson.Options), WebAnnotationWriter.MediaType, statusCode: StatusCodes.Status200OK);
    }

    private static string FilterQuery(HttpContext http, int? page)
    {
        var pairs = http.Request.Query.Where(kv => kv.Key != "page")
            .SelectMany(kv => kv.Value.Select(v => new KeyValuePair<string, string?>(kv.Key, v))).ToList();
        if (page is { } n)
        {
            pairs.Add(new("page", n.ToString(CultureInfo.InvariantCulture)));
        }

        return QueryString.Create(pairs).ToUriComponent();
    }

    private static IResult LdJson(HttpContext http, JsonObject json, long version, int status)
    {
        http.Response.Headers.ETag = ETag(version);
        return Results.Text(json.ToJsonString(ApiJson.Options), WebAnnotationWriter.MediaType, statusCode: status);
    }

    public static string ETag(long version) => "\"" + version.ToString(CultureInfo.InvariantCulture) + "\"";

    /// <summary>The version an If-Match header asks for; none when absent or "*". An unparseable one is stale.</summary>
    private static long? IfMatch(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header) || header.Trim() == "*")
        {
            return null;
        }

        return EntityTagHeaderValue.TryParse(header.Split(',')[0].Trim(), out var tag) &&
               long.TryParse(tag.Tag.ToString().Trim('"'), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v)
            ? v
            : -1;
    }

    private static string? NullIfEmpty(Microsoft.Extensions.Primitives.StringValues v) => string.IsNullOrWhiteSpace(v) ? null : v.ToString().Trim();
}
