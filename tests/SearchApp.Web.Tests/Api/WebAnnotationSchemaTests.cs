using System.Net;
using System.Text.Json;
using NJsonSchema;
using SearchApp.Web.Tests.Support;

namespace SearchApp.Web.Tests.Api;

/// <summary>
/// Our JSON-LD against the W3C Web Annotation test suite's 54 MUST assertions
/// (copied from ../shared/data/w3c-web-annotation into tests/SearchApp.Web.Tests/W3C, with its licence). An annotation passes an assertion
/// when (it validates without errors) == (the assertion's expectedResult is "valid").
/// </summary>
[Collection(AppCollection.Name)]
public sealed class WebAnnotationSchemaTests
{
    private readonly SearchAppFactory _factory;

    public WebAnnotationSchemaTests(SearchAppFactory factory) => _factory = factory;

    public static string SuiteDirectory => Path.Combine(SearchAppFactory.RepoRoot(), "tests", "SearchApp.Web.Tests", "W3C");

    [Fact]
    public async Task Annotations_we_serve_meet_every_MUST_assertion_of_the_W3C_suite()
    {
        var alice = ApiClient.As(_factory, "alice", "annotator");
        var draft = ApiClient.Annotation(_factory, "seed-0001", "دير الزور", ("classifying", "LOC"), ("tagging", "سوريا"), ("commenting", "تعليق <b>بالعربية</b>"));
        var created = await alice.PostAsync(new Uri("/api/annotations", UriKind.Relative), ApiClient.Json(draft));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var served = await alice.GetStringAsync(created.Headers.Location!);

        var failures = await FailedMustAssertions(served);

        Assert.Empty(failures);
    }

    [Fact]
    public async Task The_check_itself_catches_an_annotation_that_breaks_a_MUST()
    {
        // Guard against a vacuous pass: an annotation without @context or target must fail assertions.
        var failures = await FailedMustAssertions("{\"id\":\"http://x/a/1\",\"type\":\"Annotation\",\"body\":{\"type\":\"TextualBody\",\"value\":\"x\"}}");
        Assert.NotEmpty(failures);
    }

    [Fact]
    public async Task Every_annotation_in_a_collection_meets_the_MUST_assertions()
    {
        var alice = ApiClient.As(_factory, "alice", "annotator");
        var draft = ApiClient.Annotation(_factory, "seed-0001", "كردستان", ("classifying", "LOC"));
        Assert.Equal(HttpStatusCode.Created, (await alice.PostAsync(new Uri("/api/annotations", UriKind.Relative), ApiClient.Json(draft))).StatusCode);
        var collection = JsonDocument.Parse(await _factory.CreateClient().GetStringAsync(new Uri("/api/annotations?article=seed-0001", UriKind.Relative))).RootElement;
        Assert.Equal("AnnotationCollection", collection.GetProperty("type").GetString());
        foreach (var item in collection.GetProperty("first").GetProperty("items").EnumerateArray())
        {
            // Items in a page inherit the page's context; add it back to check each as a standalone annotation.
            var standalone = "{\"@context\":\"http://www.w3.org/ns/anno.jsonld\"," + item.GetRawText()[1..];
            Assert.Empty(await FailedMustAssertions(standalone));
        }
    }

    private static async Task<List<string>> FailedMustAssertions(string annotationJson)
    {
        var test = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(SuiteDirectory, "annotations", "annotationMusts.test"))).RootElement;
        var assertions = test.GetProperty("assertions").EnumerateArray().Select(a => a.GetString()!).ToList();
        Assert.Equal(54, assertions.Count);
        var flat = FlatSuite();
        var failures = new List<string>();
        foreach (var relative in assertions)
        {
            var path = Path.Combine(flat, Path.GetFileName(relative));
            var schema = await JsonSchema.FromFileAsync(path);
            var expectValid = !JsonDocument.Parse(await File.ReadAllTextAsync(path)).RootElement.TryGetProperty("expectedResult", out var expected) || expected.GetString() != "invalid";
            var valid = schema.Validate(annotationJson).Count == 0;
            if (valid != expectValid)
            {
                failures.Add(relative);
            }
        }

        return failures;
    }

    /// <summary>
    /// The assertions refer to the shared definitions by bare file name ("annotations.json#/definitions/..."),
    /// as the suite's own harness served them from one folder; lay them out that way in a temp folder.
    /// </summary>
    private static string FlatSuite()
    {
        var dir = Path.Combine(Path.GetTempPath(), "searchapp-w3c-suite");
        Directory.CreateDirectory(dir);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(SuiteDirectory, "definitions"), "*.json")
            .Concat(Directory.EnumerateFiles(Path.Combine(SuiteDirectory, "annotations"), "*.json", SearchOption.AllDirectories)))
        {
            File.Copy(file, Path.Combine(dir, Path.GetFileName(file)), overwrite: true);
        }

        return dir;
    }
}
