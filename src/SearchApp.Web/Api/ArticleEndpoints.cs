using SearchApp.Core;

namespace SearchApp.Web.Api;

/// <summary><c>GET /api/articles/{id}</c>: the stored article with its entities (UTF-16 offsets into body).</summary>
public static class ArticleEndpoints
{
    public static void MapArticleEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/articles/{id}", (string id, SearchArchive archive) =>
        {
            var stored = archive.GetArticle(id);
            if (stored is null)
            {
                return ApiJson.Error(StatusCodes.Status404NotFound, $"No article with id '{id}'.");
            }

            var a = stored.Article;
            return Results.Json(new
            {
                id = a.Id,
                title = a.Title,
                body = a.Body,
                source = a.Source,
                published = a.Published,
                category = a.Category,
                url = a.Url,
                entities = stored.Entities.Select(e => new { type = e.Type, text = e.Text, start = e.Start, end = e.End, canonical = e.Canonical }),
                annotations = Array.Empty<object>(),
            }, ApiJson.Options);
        });
    }
}
