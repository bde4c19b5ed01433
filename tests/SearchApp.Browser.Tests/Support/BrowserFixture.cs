using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace SearchApp.Browser.Tests.Support;

/// <summary>
/// One app process and one headless Debian chromium for all browser tests; each test gets its own browser
/// context (cookies, storage) and, where it writes, its own copy of the seed article.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string Author = "huda";
    public const string OtherAnnotator = "sami";

    private readonly Dictionary<string, string> _signedIn = new(StringComparer.Ordinal);
    private IPlaywright? _playwright;

    public AppServer App { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Screenshots and other files kept after the run.</summary>
    public static string ArtifactsDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "browser");

    public async Task InitializeAsync()
    {
        App = await AppServer.StartAsync([(Author, "annotator"), (OtherAnnotator, "annotator")]);
        _playwright = await Playwright.CreateAsync();
        // Debian's chromium, never a browser that Playwright downloads. Launch gives every run a fresh,
        // temporary user-data directory of its own.
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        Directory.CreateDirectory(ArtifactsDirectory);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (App is not null)
        {
            await App.DisposeAsync();
        }
    }

    /// <summary>A browser context signed in as <paramref name="user"/> (through the real sign-in form), or signed out when null.</summary>
    public async Task<IBrowserContext> NewContextAsync(string? user)
    {
        var options = new BrowserNewContextOptions { BaseURL = App.BaseUrl, Locale = "ar", ViewportSize = new() { Width = 1280, Height = 900 } };
        if (user is null)
        {
            return await Browser.NewContextAsync(options);
        }

        if (!_signedIn.TryGetValue(user, out var state))
        {
            await using var signIn = await Browser.NewContextAsync(options);
            var page = await signIn.NewPageAsync();
            await page.GotoAsync("/login");
            await page.FillAsync("#name", user);
            await page.FillAsync("#password", AppServer.Password);
            var response = await page.RunAndWaitForResponseAsync(
                () => page.ClickAsync("main form button[type=submit]"),
                r => r.Request.Method == "POST" && r.Url.Contains("/login", StringComparison.Ordinal));
            Assert.True(response.Status == 302, $"signing in as {user} answered {response.Status}: {await page.InnerTextAsync("main")}");
            await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit });
            state = await signIn.StorageStateAsync();
            _signedIn[user] = state;
        }

        options.StorageState = state;
        return await Browser.NewContextAsync(options);
    }

    /// <summary>An HTTP client for the API, authenticated with the user's bearer token.</summary>
    public HttpClient Api(string user)
    {
        var client = new HttpClient { BaseAddress = new Uri(App.BaseUrl) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", App.TokenOf(user));
        return client;
    }

    /// <summary>Stores a copy of the seed article under a new id (a test that writes then has it to itself).</summary>
    public async Task<string> CopyOfSeedAsync(string id, Func<string, string>? changeBody = null)
    {
        using var api = Api(Author);
        var seed = await api.GetFromJsonAsync<JsonObject>("/api/articles/seed-0001") ?? throw new InvalidOperationException("no seed article");
        var body = seed["body"]!.GetValue<string>();
        var article = new JsonObject
        {
            ["id"] = id,
            ["title"] = seed["title"]!.GetValue<string>(),
            ["body"] = changeBody is null ? body : changeBody(body),
            ["source"] = "BrowserTests",
        };
        using var response = await api.PostAsJsonAsync("/api/articles", article);
        response.EnsureSuccessStatusCode();
        return id;
    }

    /// <summary>The article's stored body, as the API returns it.</summary>
    public async Task<string> BodyOfAsync(string articleId)
    {
        using var api = Api(Author);
        var article = await api.GetFromJsonAsync<JsonObject>("/api/articles/" + Uri.EscapeDataString(articleId));
        return article!["body"]!.GetValue<string>();
    }

    /// <summary>Creates an annotation through the API on the first occurrence of <paramref name="quote"/>; returns its id.</summary>
    public async Task<string> AnnotateAsync(string user, string articleId, string quote, string? label, string[] tags, string? comment)
    {
        var body = await BodyOfAsync(articleId);
        var start = body.IndexOf(quote, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{quote}' is not in {articleId}");
        var bodies = new JsonArray();
        if (label is not null)
        {
            bodies.Add(new JsonObject { ["type"] = "TextualBody", ["purpose"] = "classifying", ["value"] = label });
        }

        foreach (var tag in tags)
        {
            bodies.Add(new JsonObject { ["type"] = "TextualBody", ["purpose"] = "tagging", ["value"] = tag });
        }

        if (comment is not null)
        {
            bodies.Add(new JsonObject { ["type"] = "TextualBody", ["purpose"] = "commenting", ["value"] = comment });
        }

        var annotation = new JsonObject
        {
            ["type"] = "Annotation",
            ["body"] = bodies,
            ["target"] = new JsonObject
            {
                ["source"] = App.BaseUrl + "/articles/" + Uri.EscapeDataString(articleId),
                ["selector"] = new JsonArray(
                    new JsonObject { ["type"] = "TextPositionSelector", ["start"] = start, ["end"] = start + quote.Length },
                    new JsonObject { ["type"] = "TextQuoteSelector", ["exact"] = quote }),
            },
        };
        using var api = Api(user);
        using var response = await api.PostAsJsonAsync("/api/annotations", annotation);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        return created.GetProperty("id").GetString()!.Split('/')[^1];
    }
}
