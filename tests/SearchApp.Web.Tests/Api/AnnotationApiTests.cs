using System.Net;
using System.Net.Http.Headers;
using SearchApp.Web.Tests.Support;

namespace SearchApp.Web.Tests.Api;

[Collection(AppCollection.Name)]
public sealed class AnnotationApiTests
{
    private readonly SearchAppFactory _factory;

    public AnnotationApiTests(SearchAppFactory factory) => _factory = factory;

    [Fact]
    public async Task An_annotator_creates_reads_updates_and_deletes_an_annotation()
    {
        var alice = ApiClient.As(_factory, "alice", "annotator");
        var draft = ApiClient.Annotation(_factory, "seed-0001", "سانا", ("classifying", "ORG"), ("tagging", "وكالات"));

        var created = await alice.PostAsync(new Uri("/api/annotations", UriKind.Relative), ApiClient.Json(draft));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("application/ld+json", created.Content.Headers.ContentType!.MediaType);
        var location = created.Headers.Location!;
        Assert.Equal("\"1\"", created.Headers.ETag!.Tag);

        var read = await ApiClient.ReadJson(await alice.GetAsync(location));
        Assert.Equal("سانا", read.GetProperty("target").GetProperty("selector")[0].GetProperty("exact").GetString());

        draft["body"]![1]!["value"] = "إعلام";
        var put = new HttpRequestMessage(HttpMethod.Put, location) { Content = ApiClient.Json(draft) };
        put.Headers.IfMatch.Add(new EntityTagHeaderValue("\"1\""));
        var updated = await alice.SendAsync(put);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal("\"2\"", updated.Headers.ETag!.Tag);

        var delete = new HttpRequestMessage(HttpMethod.Delete, location);
        delete.Headers.IfMatch.Add(new EntityTagHeaderValue("\"2\""));
        Assert.Equal(HttpStatusCode.NoContent, (await alice.SendAsync(delete)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await alice.GetAsync(location)).StatusCode);
    }

    [Fact]
    public async Task Writing_without_signing_in_is_401_and_with_a_bad_token_too()
    {
        var anonymous = _factory.CreateClient();
        var draft = ApiClient.Json(ApiClient.Annotation(_factory, "seed-0001", "سانا", ("tagging", "x")));
        var badToken = _factory.CreateClient();
        badToken.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "sa_not-a-token");

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync(new Uri("/api/annotations", UriKind.Relative), draft)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await badToken.PostAsync(new Uri("/api/annotations", UriKind.Relative), draft)).StatusCode);
    }

    [Fact]
    public async Task A_reader_may_not_write_and_an_annotator_may_not_touch_someone_elses_annotation()
    {
        var reader = ApiClient.As(_factory, "rita", "reader");
        var alice = ApiClient.As(_factory, "alice", "annotator");
        var bob = ApiClient.As(_factory, "bob", "annotator");
        var admin = ApiClient.As(_factory, "root", "admin");
        var draft = ApiClient.Annotation(_factory, "seed-0001", "الفرات", ("classifying", "LOC"));

        Assert.Equal(HttpStatusCode.Forbidden, (await reader.PostAsync(new Uri("/api/annotations", UriKind.Relative), ApiClient.Json(draft))).StatusCode);
        var location = (await alice.PostAsync(new Uri("/api/annotations", UriKind.Relative), ApiClient.Json(draft))).Headers.Location!;
        Assert.Equal(HttpStatusCode.Forbidden, (await bob.DeleteAsync(location)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await bob.PutAsync(location, ApiClient.Json(draft))).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync(location)).StatusCode);
    }

    [Fact]
    public async Task A_stale_if_match_is_412()
    {
        var alice = ApiClient.As(_factory, "alice", "annotator");
        var draft = ApiClient.Annotation(_factory, "seed-0001", "القامشلي", ("tagging", "مدن"));
        var location = (await alice.PostAsync(new Uri("/api/annotations", UriKind.Relative), ApiClient.Json(draft))).Headers.Location!;
        await alice.PutAsync(location, ApiClient.Json(draft));

        var stale = new HttpRequestMessage(HttpMethod.Put, location) { Content = ApiClient.Json(draft) };
        stale.Headers.IfMatch.Add(new EntityTagHeaderValue("\"1\""));
        var staleDelete = new HttpRequestMessage(HttpMethod.Delete, location);
        staleDelete.Headers.IfMatch.Add(new EntityTagHeaderValue("\"1\""));

        Assert.Equal(HttpStatusCode.PreconditionFailed, (await alice.SendAsync(stale)).StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await alice.SendAsync(staleDelete)).StatusCode);
    }

    [Theory]
    [InlineData("{\"type\":\"Annotation\"}", "target")]
    [InlineData("not json", "not valid JSON")]
    [InlineData("{\"type\":\"Annotation\",\"body\":{\"type\":\"TextualBody\",\"value\":\"x\"},\"target\":{\"source\":\"http://x/articles/seed-0001\",\"selector\":{\"type\":\"TextPositionSelector\",\"start\":0,\"end\":5}}}", null)]
    [InlineData("{\"type\":\"Annotation\",\"body\":{\"type\":\"TextualBody\",\"value\":\"x\"},\"target\":{\"source\":\"http://x/articles/seed-0001\",\"selector\":[{\"type\":\"TextPositionSelector\",\"start\":0,\"end\":5},{\"type\":\"TextQuoteSelector\",\"exact\":\"wrong\"}]}}", "exact")]
    [InlineData("{\"type\":\"Annotation\",\"body\":{\"type\":\"TextualBody\",\"value\":\"x\"},\"target\":{\"source\":\"http://x/articles/no-such\",\"selector\":{\"type\":\"TextPositionSelector\",\"start\":0,\"end\":5}}}", "does not exist")]
    [InlineData("{\"type\":\"Annotation\",\"body\":{\"type\":\"TextualBody\",\"purpose\":\"classifying\",\"value\":\"CAT\"},\"target\":{\"source\":\"http://x/articles/seed-0001\",\"selector\":{\"type\":\"TextPositionSelector\",\"start\":0,\"end\":5}}}", "label")]
    public async Task Bad_annotations_are_400_with_a_message(string json, string? mentions)
    {
        var alice = ApiClient.As(_factory, "alice", "annotator");

        var response = await alice.PostAsync(new Uri("/api/annotations", UriKind.Relative), new StringContent(json, System.Text.Encoding.UTF8, "application/ld+json"));

        if (mentions is null)
        {
            // A position without a quote is fine: the server takes the text there.
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            return;
        }

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(mentions, (await ApiClient.ReadJson(response)).GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cookie_session_without_the_antiforgery_header_is_refused()
    {
        var client = _factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false });
        await SignIn(client, "carol", "annotator");

        var response = await client.PostAsync(new Uri("/api/annotations", UriKind.Relative), ApiClient.Json(ApiClient.Annotation(_factory, "seed-0001", "سانا", ("tagging", "x"))));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("antiforgery", (await ApiClient.ReadJson(response)).GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_login_form_posted_without_its_antiforgery_token_is_400()
    {
        var client = _factory.CreateClient();
        var response = await client.PostAsync(new Uri("/login", UriKind.Relative), new FormUrlEncodedContent([new("Name", "x"), new("Password", "y")]));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task The_tag_becomes_a_facet_the_comment_is_searchable_and_the_label_adds_the_entity()
    {
        var alice = ApiClient.As(_factory, "alice", "annotator");
        var draft = ApiClient.Annotation(_factory, "seed-0001", "البوكمال", ("classifying", "LOC"), ("tagging", "حدود"), ("commenting", "معبر حدودي مهمجدا"));
        Assert.Equal(HttpStatusCode.Created, (await alice.PostAsync(new Uri("/api/annotations", UriKind.Relative), ApiClient.Json(draft))).StatusCode);

        var byTag = await ApiClient.ReadJson(await alice.GetAsync(new Uri("/api/search?tag=" + Uri.EscapeDataString("حدود"), UriKind.Relative)));
        var byNote = await ApiClient.ReadJson(await alice.GetAsync(new Uri("/api/search?q=" + Uri.EscapeDataString("مهمجدا"), UriKind.Relative)));
        var byLoc = await ApiClient.ReadJson(await alice.GetAsync(new Uri("/api/search?loc=" + Uri.EscapeDataString("البوكمال"), UriKind.Relative)));

        Assert.Equal("seed-0001", byTag.GetProperty("hits")[0].GetProperty("id").GetString());
        Assert.Equal("seed-0001", byNote.GetProperty("hits")[0].GetProperty("id").GetString());
        Assert.Equal("seed-0001", byLoc.GetProperty("hits")[0].GetProperty("id").GetString());
    }

    private async Task SignIn(HttpClient client, string name, string role)
    {
        ApiClient.As(_factory, name, role);
        var (doc, _, _) = await Html.GetAsync(client, "/login");
        var token = doc.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var response = await client.PostAsync(new Uri("/login", UriKind.Relative), new FormUrlEncodedContent([new("Name", name), new("Password", "password-" + name), new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
