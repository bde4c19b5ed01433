using SearchApp.Core.Annotations;
using SearchApp.Core.Search;
using SearchApp.Core.Tests.Support;

namespace SearchApp.Core.Tests.Annotations;

public sealed class AnnotationServiceTests : IDisposable
{
    private static readonly Actor Alice = new("alice", "annotator");
    private static readonly Actor Bob = new("bob", "annotator");
    private static readonly Actor Admin = new("root", "admin");
    private static readonly Actor Reader = new("rita", "reader");
    private readonly ArchiveFixture _fx = new(Fixtures.News);
    private readonly AnnotationService _service;

    public AnnotationServiceTests() => _service = new AnnotationService(_fx.Archive);

    public void Dispose() => _fx.Dispose();

    [Fact]
    public void A_created_annotation_is_stored_with_the_servers_selectors()
    {
        var a = _service.Create(Alice, Draft("a1", "القاهرة", new AnnotationBody("commenting", "زيارة مهمة")));

        var stored = _service.Get(a.Id)!;
        Assert.Equal("القاهرة", stored.Target.Exact);
        Assert.Equal(("alice", 1L), (stored.Author, stored.Version));
        Assert.EndsWith("إلى ", stored.Target.Prefix, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quote_that_does_not_match_the_position_is_refused()
    {
        var body = _fx.Archive.GetArticle("a1")!.Article.Body;
        var draft = new AnnotationDraft("a1", 0, 4, "شيء آخر", [new AnnotationBody("tagging", "x")]);

        var ex = Assert.Throws<AnnotationException>(() => _service.Create(Alice, draft));

        Assert.Equal(AnnotationError.Invalid, ex.Kind);
        Assert.NotEqual("شيء آخر", body[..4]);
    }

    [Fact]
    public void Tags_become_a_facet_and_comments_become_searchable()
    {
        _service.Create(Alice, Draft("a3", "النفط", new AnnotationBody("tagging", "طاقة"), new AnnotationBody("commenting", "ملاحظة فريدةللاختبار")));

        var tagged = _fx.Archive.Searcher.Search(new SearchRequest { Filters = new Dictionary<string, IReadOnlyList<string>> { ["tag"] = ["طاقة"] } });
        var byNote = _fx.Archive.Searcher.Search(new SearchRequest { Query = "note:فريدةللاختبار" });

        Assert.Equal(["a3"], tagged.Hits.Select(h => h.Id));
        Assert.Equal(["a3"], byNote.Hits.Select(h => h.Id));
    }

    [Fact]
    public void An_entity_label_adds_the_entity_to_the_articles_facets_and_survives_reindex()
    {
        _service.Create(Alice, Draft("a2", "اليمن", new AnnotationBody("classifying", "LOC")));
        _fx.Archive.Reindex();

        var r = _fx.Archive.Searcher.Search(new SearchRequest { Filters = new Dictionary<string, IReadOnlyList<string>> { ["loc"] = ["اليمن"] } });

        Assert.Equal(["a2"], r.Hits.Select(h => h.Id));
    }

    [Fact]
    public void An_annotator_cannot_change_someone_elses_annotation_but_an_admin_can()
    {
        var a = _service.Create(Alice, Draft("a1", "القاهرة", new AnnotationBody("tagging", "مدن")));

        Assert.Equal(AnnotationError.Forbidden, Assert.Throws<AnnotationException>(() => _service.Delete(Bob, a.Id, null)).Kind);
        Assert.Equal(AnnotationError.Forbidden, Assert.Throws<AnnotationException>(() => _service.Create(Reader, Draft("a1", "القاهرة", new AnnotationBody("tagging", "x")))).Kind);
        _service.Delete(Admin, a.Id, null);
        Assert.Null(_service.Get(a.Id));
    }

    [Fact]
    public void A_stale_version_is_refused()
    {
        var a = _service.Create(Alice, Draft("a1", "القاهرة", new AnnotationBody("tagging", "مدن")));
        var updated = _service.Update(Alice, a.Id, 1, Draft("a1", "القاهرة", new AnnotationBody("tagging", "عواصم")));

        var ex = Assert.Throws<AnnotationException>(() => _service.Update(Alice, a.Id, 1, Draft("a1", "القاهرة", new AnnotationBody("tagging", "قديم"))));

        Assert.Equal(2, updated.Version);
        Assert.Equal(AnnotationError.StaleVersion, ex.Kind);
        Assert.Equal(["عواصم"], _service.Get(a.Id)!.Tags);
    }

    [Fact]
    public void Annotations_are_listed_in_reading_order()
    {
        _service.Create(Alice, Draft("a1", "نظيره", new AnnotationBody("tagging", "b")));
        _service.Create(Alice, Draft("a1", "وزير", new AnnotationBody("tagging", "a")));

        Assert.Equal(["وزير", "نظيره"], _service.ForArticle("a1").Select(x => x.Annotation.Target.Exact));
    }

    [Fact]
    public void Import_is_idempotent_by_id_and_reports_conflicts()
    {
        var a = _service.Create(Alice, Draft("a1", "القاهرة", new AnnotationBody("tagging", "مدن")));

        Assert.Equal(ImportOutcome.Unchanged, _service.Import(a));
        Assert.Equal(ImportOutcome.Conflict, _service.Import(a with { Bodies = [new AnnotationBody("tagging", "غير")] }));
        Assert.Equal(ImportOutcome.Added, _service.Import(a with { Id = "imported1" }));
        Assert.Equal(ImportOutcome.ArticleMissing, _service.Import(a with { Id = "imported2", ArticleId = "nope" }));
    }

    [Fact]
    public void An_exported_annotation_imports_unchanged_and_its_copy_elsewhere_is_anchored_by_quote()
    {
        var a = _service.Create(Alice, Draft("a2", "اليمن", new AnnotationBody("commenting", "ملاحظة"), new AnnotationBody("tagging", "حرب")));
        var json = WebAnnotationWriter.Annotation(a, new WebAnnotationIris("http://elsewhere.example"));

        var parsed = WebAnnotationReader.Read(System.Text.Json.JsonDocument.Parse(json.ToJsonString()).RootElement);
        Assert.Equal(ImportOutcome.Unchanged, _service.Import(parsed));

        // The same annotation under a new id, with a stale position: anchored by its quote and context.
        var moved = parsed with { Id = "copy1", Draft = parsed.Draft with { Start = 0, End = 5 } };
        Assert.Equal(ImportOutcome.Added, _service.Import(moved));
        Assert.Equal("اليمن", _service.Get("copy1")!.Target.Exact);
        Assert.Equal(("alice", a.Created.ToUnixTimeSeconds()), (_service.Get("copy1")!.Author, _service.Get("copy1")!.Created.ToUnixTimeSeconds()));
    }

    [Theory]
    [InlineData("classifying", "XYZ")]
    [InlineData("linking", "x")]
    public void Invalid_bodies_are_refused(string purpose, string value) =>
        Assert.Equal(AnnotationError.Invalid, Assert.Throws<AnnotationException>(() => _service.Create(Alice, Draft("a1", "القاهرة", new AnnotationBody(purpose, value)))).Kind);

    private AnnotationDraft Draft(string articleId, string quote, params AnnotationBody[] bodies)
    {
        var body = _fx.Archive.GetArticle(articleId)!.Article.Body;
        var start = body.IndexOf(quote, StringComparison.Ordinal);
        return new AnnotationDraft(articleId, start, start + quote.Length, quote, bodies);
    }
}
