using System.Net;
using SearchApp.Web.Tests.Support;

namespace SearchApp.Web.Tests.Pages;

[Collection(AppCollection.Name)]
public sealed class AnnotationPagesTests
{
    private readonly SearchAppFactory _factory;

    public AnnotationPagesTests(SearchAppFactory factory) => _factory = factory;

    [Fact]
    public async Task A_comment_with_markup_is_rendered_inert_on_the_annotations_page()
    {
        var alice = ApiClient.As(_factory, "alice", "annotator");
        var draft = ApiClient.Annotation(_factory, "seed-0001", "التحالف", ("commenting", "<script>alert('x')</script><img src=x onerror=alert(1)> تعليقفريد"), ("tagging", "<b>وسم</b>"));
        Assert.Equal(HttpStatusCode.Created, (await alice.PostAsync(new Uri("/api/annotations", UriKind.Relative), ApiClient.Json(draft))).StatusCode);

        var (doc, raw, _) = await Html.GetAsync(_factory.CreateClient(), "/annotations?q=" + Uri.EscapeDataString("تعليقفريد"));

        var item = Assert.Single(doc.QuerySelectorAll("li.annotation-item"));
        Assert.Empty(item.QuerySelectorAll("script, img, b"));
        Assert.Contains("<script>alert('x')</script>", item.QuerySelector(".comment")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_annotations_page_filters_by_label_and_user()
    {
        var bob = ApiClient.As(_factory, "bob", "annotator");
        var draft = ApiClient.Annotation(_factory, "seed-0001", "قسد", ("classifying", "ORG"));
        Assert.Equal(HttpStatusCode.Created, (await bob.PostAsync(new Uri("/api/annotations", UriKind.Relative), ApiClient.Json(draft))).StatusCode);

        var (doc, _, _) = await Html.GetAsync(_factory.CreateClient(), "/annotations?user=bob&label=ORG");

        var items = doc.QuerySelectorAll("li.annotation-item");
        Assert.NotEmpty(items);
        Assert.All(items, i => Assert.Contains("bob", i.QuerySelector(".annotation-meta")!.TextContent, StringComparison.Ordinal));
        Assert.Contains(items, i => i.QuerySelector("blockquote")!.TextContent == "قسد");
    }

    [Fact]
    public async Task A_user_label_is_marked_in_the_article_and_listed_with_a_link_to_the_filtered_search()
    {
        var alice = ApiClient.As(_factory, "alice", "annotator");
        var draft = ApiClient.Annotation(_factory, "seed-0001", "مصدر عسكري", ("classifying", "PER"));
        Assert.Equal(HttpStatusCode.Created, (await alice.PostAsync(new Uri("/api/annotations", UriKind.Relative), ApiClient.Json(draft))).StatusCode);

        var (doc, _, _) = await Html.GetAsync(_factory.CreateClient(), "/articles/seed-0001");

        Assert.Contains(doc.QuerySelectorAll("#article-body mark.ent-per"), m => m.TextContent == "مصدر عسكري");
        Assert.Contains(doc.QuerySelectorAll(".entity-list a"), a => a.GetAttribute("href") == "/?person=" + Uri.EscapeDataString("مصدر عسكري"));
    }
}
