using System.Net;
using System.Text.Json;
using SearchApp.Web.Tests.Support;

namespace SearchApp.Web.Tests.Api;

[Collection(AppCollection.Name)]
public sealed class SearchApiTests
{
    private readonly SearchAppFactory _factory;
    private readonly HttpClient _client;

    public SearchApiTests(SearchAppFactory factory)
    {
        _factory = factory;
        _client = factory.CreateClient();
    }

    [Fact]
    public async Task A_search_for_Saudi_Arabia_returns_hits_with_marked_snippets()
    {
        var json = await GetJson("/api/search?q=" + Uri.EscapeDataString("السعودية"));

        Assert.True(json.GetProperty("total").GetInt32() > 10);
        var hits = json.GetProperty("hits").EnumerateArray().ToList();
        Assert.Equal(10, hits.Count);
        Assert.All(hits, h => Assert.Contains("<mark>", h.GetProperty("snippet").GetString(), StringComparison.Ordinal));
        Assert.All(hits, h => Assert.False(string.IsNullOrEmpty(h.GetProperty("id").GetString())));
    }

    [Fact]
    public async Task The_response_has_the_contract_shape()
    {
        var json = await GetJson("/api/search?q=" + Uri.EscapeDataString("الرياض") + "&page=1&size=3");

        Assert.Equal(1, json.GetProperty("page").GetInt32());
        Assert.Equal(JsonValueKind.String, json.GetProperty("parsed").ValueKind);
        var hit = json.GetProperty("hits")[0];
        foreach (var name in new[] { "id", "title", "source", "published", "snippet" })
        {
            Assert.True(hit.TryGetProperty(name, out _), name);
        }

        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", hit.GetProperty("published").GetString());
        foreach (var dim in new[] { "person", "org", "loc", "source", "tag" })
        {
            Assert.Equal(JsonValueKind.Array, json.GetProperty("facets").GetProperty(dim).ValueKind);
        }

        Assert.Equal(JsonValueKind.Array, json.GetProperty("dates").ValueKind);
    }

    [Fact]
    public async Task Arabic_is_written_as_characters_in_the_json()
    {
        var raw = await _client.GetStringAsync(new Uri("/api/search?q=" + Uri.EscapeDataString("الرياض"), UriKind.Relative));
        Assert.Contains("الرياض", raw, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("(((")]
    [InlineData("\"الأمم المتحدة")]
    [InlineData("AND OR NOT")]
    [InlineData("-")]
    [InlineData("title:")]
    [InlineData("[2015 TO")]
    [InlineData("*")]
    [InlineData("\\")]
    [InlineData("في من على")]
    public async Task Malformed_queries_are_answered_never_with_a_server_error(string q)
    {
        var response = await _client.GetAsync(new Uri("/api/search?q=" + Uri.EscapeDataString(q), UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(JsonValueKind.String, json.GetProperty("parsed").ValueKind);
    }

    [Theory]
    [InlineData("q=x&from=2015-13-01", "from")]
    [InlineData("q=x&to=yesterday", "to")]
    [InlineData("q=x&page=abc", "page")]
    [InlineData("q=x&page=2000&size=10", "Paging stops")]
    [InlineData("q=x&size=1000", "size")]
    [InlineData("q=x&from=2015-08-02&to=2015-08-01", "from")]
    public async Task What_cannot_be_served_is_a_400_with_a_message(string query, string mentions)
    {
        var response = await _client.GetAsync(new Uri("/api/search?" + query, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Contains(mentions, json.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_query_over_1000_characters_is_a_400()
    {
        var response = await _client.GetAsync(new Uri("/api/search?q=" + new string('a', 1001), UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task The_source_filter_keeps_only_that_source()
    {
        var json = await GetJson("/api/search?source=Okaz&size=50");

        Assert.True(json.GetProperty("total").GetInt32() > 0);
        Assert.All(json.GetProperty("hits").EnumerateArray(), h => Assert.Equal("Okaz", h.GetProperty("source").GetString()));
    }

    [Fact]
    public async Task Health_reports_the_store_and_index_open()
    {
        var json = await GetJson("/healthz");
        Assert.Equal("ok", json.GetProperty("status").GetString());
        Assert.Equal(json.GetProperty("articles").GetInt32(), json.GetProperty("indexed").GetInt32());
    }

    private async Task<JsonElement> GetJson(string url)
    {
        var response = await _client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }
}
