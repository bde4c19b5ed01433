namespace SearchApp.Core.Annotations;

/// <summary>
/// IRIs of articles, annotations and users under a base URL (DESIGN.md contract):
/// <c>{base}/articles/{id}</c> (the article page), <c>{base}/api/annotations/{id}</c>, <c>{base}/users/{name}</c>.
/// </summary>
public sealed record WebAnnotationIris(string BaseUrl)
{
    public const string ArticlePath = "/articles/";
    public const string AnnotationPath = "/api/annotations/";

    public string Base { get; } = BaseUrl.TrimEnd('/');

    public string Article(string id) => Base + ArticlePath + Uri.EscapeDataString(id);

    public string Annotation(string id) => Base + AnnotationPath + Uri.EscapeDataString(id);

    public string User(string name) => Base + "/users/" + Uri.EscapeDataString(name);

    public string Collection(string? articleId) => Base + "/api/annotations" + (articleId is null ? string.Empty : "?article=" + Uri.EscapeDataString(articleId));

    /// <summary>
    /// The article id in an article IRI. Any host is accepted (the same archive may be reached under several
    /// names, and exports move between installations); the path must be <c>/articles/{id}</c>.
    /// </summary>
    public static string? ArticleIdFrom(string iri)
    {
        var path = Uri.TryCreate(iri, UriKind.Absolute, out var absolute) ? absolute.AbsolutePath : iri.Split('?', '#')[0];
        var at = path.LastIndexOf(ArticlePath, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var id = Uri.UnescapeDataString(path[(at + ArticlePath.Length)..]);
        return id.Length == 0 || id.Contains('/', StringComparison.Ordinal) ? null : id;
    }
}
