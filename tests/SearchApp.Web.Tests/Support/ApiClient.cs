using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SearchApp.Core.Users;

namespace SearchApp.Web.Tests.Support;

/// <summary>Users with tokens, and annotation JSON-LD built from a quote in a stored article.</summary>
public static class ApiClient
{
    public static HttpClient As(SearchAppFactory factory, string name, string role)
    {
        var token = factory.Archive.Users.Get(name) is null
            ? factory.Archive.Users.Add(name, role, PasswordHashing.Hash("password-" + name))
            : factory.Archive.Users.RotateToken(name)!;
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static JsonObject Annotation(SearchAppFactory factory, string articleId, string quote, params (string Purpose, string Value)[] bodies)
    {
        var body = factory.Archive.GetArticle(articleId)!.Article.Body;
        var start = body.IndexOf(quote, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{quote}' not in {articleId}");
        return new JsonObject
        {
            ["@context"] = "http://www.w3.org/ns/anno.jsonld",
            ["type"] = "Annotation",
            ["body"] = new JsonArray(bodies.Select(b => (JsonNode)new JsonObject { ["type"] = "TextualBody", ["purpose"] = b.Purpose, ["value"] = b.Value }).ToArray()),
            ["target"] = new JsonObject
            {
                ["source"] = "http://localhost/articles/" + articleId,
                ["selector"] = new JsonArray(
                    new JsonObject { ["type"] = "TextPositionSelector", ["start"] = start, ["end"] = start + quote.Length },
                    new JsonObject { ["type"] = "TextQuoteSelector", ["exact"] = quote }),
            },
        };
    }

    public static StringContent Json(JsonNode node) => new(node.ToJsonString(), Encoding.UTF8, "application/ld+json");

    public static async Task<JsonElement> ReadJson(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
}
