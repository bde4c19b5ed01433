using System.Text.Json;
using SearchApp.Core;
using SearchApp.Core.Annotations;
using SearchApp.Core.Articles;

namespace SearchApp.Web.Api;

/// <summary>
/// <c>GET /api/articles/{id}</c>: the stored article with its entities (UTF-16 offsets into body, user
/// corrections applied) and its annotations; <c>POST /api/articles</c>: upsert one article (writers only).
/// </summary>
public static class ArticleEndpoints
{
    public static void MapArticleEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/articles/{id}", (string id, HttpContext http, SearchArchive archive, AnnotationService annotations) =>
        {
            var stored = archive.GetArticle(id);
            if (stored is null)
            {
                return ApiJson.Error(StatusCodes.Status404NotFound, $"No article with id '{id}'.");
            }

            var a = stored.Article;
            var iris = ApiRequests.Iris(http);
            var entities = EntityCorrections.Apply(a.Body, stored.Entities, stored.Annotations, archive.Options.Canonicalize);
            return Results.Json(new
            {
                id = a.Id,
                title = a.Title,
                body = a.Body,
                source = a.Source,
                published = a.Published,
                category = a.Category,
                url = a.Url,
                iri = iris.Article(a.Id),
                entities = entities.Select(e => new { type = e.Type, text = e.Text, start = e.Start, end = e.End, canonical = e.Canonical }),
                annotations = annotations.ForArticle(id).Select(x =>
                {
                    var json = WebAnnotationWriter.Annotation(x.Annotation, iris, withContext: false);
                    json["anchor"] = new System.Text.Json.Nodes.JsonObject
                    {
                        ["status"] = x.Anchor.Status.ToString().ToLowerInvariant(),
                        ["start"] = x.Anchor.Start,
                        ["end"] = x.Anchor.End,
                    };
                    json["version"] = x.Annotation.Version;
                    return json;
                }),
            }, ApiJson.Options);
        });

        app.MapPost("/api/articles", async (HttpContext http, SearchArchive archive) =>
        {
            JsonElement json;
            try
            {
                json = await ApiRequests.ReadJsonAsync(http.Request);
            }
            catch (AnnotationException ex)
            {
                return ApiRequests.Failure(ex);
            }

            if (json.ValueKind != JsonValueKind.Object)
            {
                return ApiJson.Error(StatusCodes.Status400BadRequest, "The article must be a JSON object with id, title, body, source, published, category, url.");
            }

            var record = CorpusReader.ParseJsonLine("request", 1, json.GetRawText());
            if (record.Input is null)
            {
                return ApiJson.Error(StatusCodes.Status400BadRequest, record.Error ?? "unreadable article");
            }

            try
            {
                var outcome = archive.Upsert(record.Input!);
                var id = record.Input!.Id!.Trim();
                var location = ApiRequests.Iris(http).Base + "/api/articles/" + Uri.EscapeDataString(id);
                var body = new { id, outcome = outcome.ToString().ToLowerInvariant() };
                if (outcome != UpsertOutcome.Added)
                {
                    return Results.Json(body, ApiJson.Options);
                }

                http.Response.Headers.Location = location;
                return Results.Json(body, ApiJson.Options, statusCode: StatusCodes.Status201Created);
            }
            catch (ArticleValidationException ex)
            {
                return ApiJson.Error(StatusCodes.Status400BadRequest, ex.Message);
            }
        }).RequireWriter();
    }
}
