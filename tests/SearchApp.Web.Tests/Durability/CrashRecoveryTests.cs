using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using SearchApp.Core.Storage;
using SearchApp.Core.Users;
using SearchApp.Web.Tests.Support;

namespace SearchApp.Web.Tests.Durability;

/// <summary>Once the API has answered 201, the annotation survives kill -9 of the app and a restart.</summary>
public sealed class CrashRecoveryTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "searchapp-crash-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS temp cleaner.
        }
    }

    [Fact]
    public async Task An_annotation_answered_201_survives_SIGKILL_and_restart_and_is_still_searchable()
    {
        string location;
        using (var app = await AppProcess.StartAsync(_data))
        {
            using var client = Authorized(app, "writer1");
            var response = await client.PostAsync(new Uri("/api/annotations", UriKind.Relative), await Draft(client, "سانا", "ناجية"));
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            location = response.Headers.Location!.AbsolutePath;
            app.Crash();
        }

        using var restarted = await AppProcess.StartAsync(_data);
        using var reader = restarted.Client();
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(new Uri(location, UriKind.Relative))).StatusCode);
        var byTag = JsonDocument.Parse(await reader.GetStringAsync(new Uri("/api/search?tag=" + Uri.EscapeDataString("ناجية"), UriKind.Relative))).RootElement;
        Assert.Equal(1, byTag.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Twenty_concurrent_writers_lose_nothing_and_duplicate_nothing_across_a_crash()
    {
        var acknowledged = new List<string>();
        using (var app = await AppProcess.StartAsync(_data))
        {
            var clients = Enumerable.Range(1, 20).Select(i => Authorized(app, "writer" + i)).ToList();
            var drafts = await Task.WhenAll(clients.Select((c, i) => Draft(c, "الفرات", "كاتب" + i)));
            var responses = await Task.WhenAll(clients.Select((c, i) => c.PostAsync(new Uri("/api/annotations", UriKind.Relative), drafts[i])));
            Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
            acknowledged.AddRange(responses.Select(r => r.Headers.Location!.AbsolutePath.Split('/')[^1]));
            app.Crash();
            clients.ForEach(c => c.Dispose());
        }

        using var restarted = await AppProcess.StartAsync(_data);
        using var reader = restarted.Client();
        var collection = JsonDocument.Parse(await reader.GetStringAsync(new Uri("/api/annotations?article=seed-0001", UriKind.Relative))).RootElement;
        var ids = collection.GetProperty("first").GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!.Split('/')[^1]).ToList();

        Assert.Equal(20, collection.GetProperty("total").GetInt32());
        Assert.Equal(acknowledged.Order(), ids.Order());
        var facet = JsonDocument.Parse(await reader.GetStringAsync(new Uri("/api/search?tag=" + Uri.EscapeDataString("كاتب7"), UriKind.Relative))).RootElement;
        Assert.Equal(1, facet.GetProperty("total").GetInt32());
    }

    private HttpClient Authorized(AppProcess app, string name)
    {
        // Users live in the store, which another process may write while the app runs (SQLite WAL).
        var users = new UserStore(new ArticleStore(Path.Combine(_data, "store.db")).Connections);
        var token = users.Get(name) is null ? users.Add(name, Roles.Annotator, PasswordHashing.Hash("password-" + name)) : users.RotateToken(name)!;
        var client = app.Client();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task<StringContent> Draft(HttpClient client, string quote, string tag)
    {
        var body = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/articles/seed-0001", UriKind.Relative))).RootElement.GetProperty("body").GetString()!;
        var start = body.IndexOf(quote, StringComparison.Ordinal);
        var json = $$$"""
            {"type":"Annotation","body":[{"type":"TextualBody","purpose":"tagging","value":"{{{tag}}}"}],
             "target":{"source":"{{{client.BaseAddress}}}articles/seed-0001","selector":[{"type":"TextPositionSelector","start":{{{start}}},"end":{{{start + quote.Length}}}},{"type":"TextQuoteSelector","exact":"{{{quote}}}"}]}}
            """;
        return new StringContent(json, System.Text.Encoding.UTF8, "application/ld+json");
    }
}
