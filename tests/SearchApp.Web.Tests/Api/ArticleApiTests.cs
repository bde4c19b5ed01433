using System.Net;
using System.Text.Json;
using SearchApp.Web.Tests.Support;

namespace SearchApp.Web.Tests.Api;

[Collection(AppCollection.Name)]
public sealed class ArticleApiTests
{
    private readonly HttpClient _client;

    public ArticleApiTests(SearchAppFactory factory) => _client = factory.CreateClient();

    [Fact]
    public async Task The_seed_article_is_served_with_its_fields()
    {
        var response = await _client.GetAsync(new Uri("/api/articles/seed-0001", UriKind.Relative));
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("seed-0001", json.GetProperty("id").GetString());
        Assert.StartsWith("أحبط الجيش العربي السوري", json.GetProperty("body").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Array, json.GetProperty("entities").ValueKind);
        Assert.Equal(JsonValueKind.Array, json.GetProperty("annotations").ValueKind);
    }

    [Fact]
    public async Task Entity_offsets_point_into_the_body_as_returned()
    {
        var json = JsonDocument.Parse(await _client.GetStringAsync(new Uri("/api/articles/seed-0001", UriKind.Relative))).RootElement;
        var body = json.GetProperty("body").GetString()!;

        Assert.All(json.GetProperty("entities").EnumerateArray(), e =>
            Assert.Equal(e.GetProperty("text").GetString(), body[e.GetProperty("start").GetInt32()..e.GetProperty("end").GetInt32()]));
    }

    [Fact]
    public async Task An_unknown_article_is_a_404_with_a_message()
    {
        var response = await _client.GetAsync(new Uri("/api/articles/no-such-article", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Contains("no-such-article", json.GetProperty("error").GetString(), StringComparison.Ordinal);
    }
}
