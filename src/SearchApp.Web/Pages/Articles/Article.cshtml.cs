using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SearchApp.Core;
using SearchApp.Core.Annotations;
using SearchApp.Core.Entities;
using SearchApp.Core.Storage;
using SearchApp.Web.Api;
using SearchApp.Web.Auth;

namespace SearchApp.Web.Pages.Articles;

/// <summary>
/// Reading view of one article. Its URL is the article's IRI (annotation targets point here).
/// Paragraphs carry their UTF-16 start offset into the stored body, so marks and selections map back exactly.
/// The annotation list is rendered here too, so the page reads the same without JavaScript; annotate.js
/// then adds highlights and the editing popover on top.
/// </summary>
public sealed class ArticleModel : PageModel
{
    private readonly SearchArchive _archive;
    private readonly AnnotationService _annotations;
    private readonly IAntiforgery _antiforgery;

    public ArticleModel(SearchArchive archive, AnnotationService annotations, IAntiforgery antiforgery)
    {
        _archive = archive;
        _annotations = annotations;
        _antiforgery = antiforgery;
    }

    public StoredArticle Stored { get; private set; } = null!;

    public IReadOnlyList<(int Start, string Text)> Paragraphs { get; private set; } = [];

    /// <summary>Entities as the reader should see them: extracted, with users' label corrections applied.</summary>
    public IReadOnlyList<EntityMention> Entities { get; private set; } = [];

    /// <summary>Distinct entities per type (canonical value, mention count), most mentioned first.</summary>
    public IReadOnlyList<(string Type, IReadOnlyList<(string Canonical, int Mentions)> Values)> EntityGroups { get; private set; } = [];

    /// <summary>Canonical values that are not facet values (bare given names): linked to a text search instead.</summary>
    public IReadOnlySet<string> NotFacetValues { get; private set; } = new HashSet<string>();

    /// <summary>The article's annotations in reading order; detached ones last.</summary>
    public IReadOnlyList<AnchoredAnnotation> Annotations { get; private set; } = [];

    /// <summary>The signed-in user, or null.</summary>
    public Actor? Actor { get; private set; }

    /// <summary>The article IRI that annotation targets use as their source.</summary>
    public string ArticleIri { get; private set; } = string.Empty;

    /// <summary>Antiforgery token for the scripts' writes (only for users who may write).</summary>
    public string? RequestToken { get; private set; }

    public IActionResult OnGet(string id)
    {
        var stored = _archive.GetArticle(id);
        if (stored is null)
        {
            return NotFound();
        }

        Stored = stored;
        Paragraphs = Split(stored.Article.Body);
        Entities = EntityCorrections.Apply(stored.Article.Body, stored.Entities, stored.Annotations, _archive.Options.Canonicalize);
        EntityGroups = EntityTypes.All
            .Select(t => (t, (IReadOnlyList<(string, int)>)Entities.Where(e => e.Type == t)
                .GroupBy(e => e.Canonical, StringComparer.Ordinal)
                .Select(g => (g.Key, g.Count()))
                .OrderByDescending(x => x.Item2).ThenBy(x => x.Item1, StringComparer.Ordinal)
                .ToList()))
            .Where(g => g.Item2.Count > 0)
            .ToList();
        NotFacetValues = stored.Entities.Where(e => !_archive.Options.IsFacetValue(e)).Select(e => e.Canonical).ToHashSet(StringComparer.Ordinal);
        Annotations = _annotations.ForArticle(id);
        Actor = UserClaims.Actor(User);
        ArticleIri = ApiRequests.Iris(HttpContext).Article(id);
        if (Actor?.CanWrite == true)
        {
            RequestToken = _antiforgery.GetAndStoreTokens(HttpContext).RequestToken;
        }

        return Page();
    }

    /// <summary>The canonical body separates paragraphs with exactly one \n (TextCanonicalizer).</summary>
    public static IReadOnlyList<(int Start, string Text)> Split(string body)
    {
        var result = new List<(int, string)>();
        var start = 0;
        while (start <= body.Length)
        {
            var end = body.IndexOf('\n', start);
            if (end < 0)
            {
                end = body.Length;
            }

            result.Add((start, body[start..end]));
            start = end + 1;
        }

        return result;
    }
}
