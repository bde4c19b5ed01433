namespace SearchApp.Core.Annotations;

/// <summary>
/// Annotation use cases with their rules: the target must quote the stored body exactly, only writers
/// write, an annotator changes only their own annotations, stale versions are refused. Every write is
/// durable in the store before it returns, and the article's index document is refreshed with it.
/// </summary>
public sealed class AnnotationService
{
    private readonly SearchArchive _archive;
    private readonly TimeProvider _clock;

    public AnnotationService(SearchArchive archive, TimeProvider? clock = null)
    {
        _archive = archive;
        _clock = clock ?? TimeProvider.System;
    }

    public Annotation Create(Actor actor, AnnotationDraft draft)
    {
        RequireWriter(actor);
        var (target, bodies) = Check(draft);
        var now = _clock.GetUtcNow();
        var annotation = new Annotation(NewId(), draft.ArticleId, target, bodies, actor.Name, now, now, 1);
        _archive.WriteArticleChange(draft.ArticleId, () => _archive.Annotations.Insert(annotation));
        return annotation;
    }

    public Annotation? Get(string id) => _archive.Annotations.Get(id);

    public Annotation Update(Actor actor, string id, long? expectedVersion, AnnotationDraft draft)
    {
        RequireWriter(actor);
        var current = _archive.Annotations.Get(id) ?? throw new AnnotationException(AnnotationError.NotFound, $"No annotation with id '{id}'.");
        RequireOwner(actor, current);
        if (!string.Equals(current.ArticleId, draft.ArticleId, StringComparison.Ordinal))
        {
            throw new AnnotationException(AnnotationError.Invalid, "An annotation cannot be moved to another article; create a new one.");
        }

        var (target, bodies) = Check(draft);
        var (outcome, stored) = _archive.WriteArticleChange(current.ArticleId, () => _archive.Annotations.Update(id, expectedVersion, target, bodies, _clock.GetUtcNow()));
        return outcome switch
        {
            WriteOutcome.Done => stored!,
            WriteOutcome.NotFound => throw new AnnotationException(AnnotationError.NotFound, $"No annotation with id '{id}'."),
            _ => throw new AnnotationException(AnnotationError.StaleVersion, $"The annotation was changed by someone else (now version {stored?.Version}); reload it and try again."),
        };
    }

    public void Delete(Actor actor, string id, long? expectedVersion)
    {
        RequireWriter(actor);
        var current = _archive.Annotations.Get(id) ?? throw new AnnotationException(AnnotationError.NotFound, $"No annotation with id '{id}'.");
        RequireOwner(actor, current);
        var (outcome, stored) = _archive.WriteArticleChange(current.ArticleId, () => _archive.Annotations.Delete(id, expectedVersion, _clock.GetUtcNow()));
        if (outcome == WriteOutcome.NotFound)
        {
            throw new AnnotationException(AnnotationError.NotFound, $"No annotation with id '{id}'.");
        }

        if (outcome == WriteOutcome.VersionMismatch)
        {
            throw new AnnotationException(AnnotationError.StaleVersion, $"The annotation was changed by someone else (now version {stored?.Version}); reload it and try again.");
        }
    }

    /// <summary>The article's annotations with where each sits in the current text (detached ones included).</summary>
    public IReadOnlyList<AnchoredAnnotation> ForArticle(string articleId)
    {
        var article = _archive.GetArticle(articleId);
        if (article is null)
        {
            return [];
        }

        return article.Annotations
            .Select(a => new AnchoredAnnotation(a, TextAnchor.Anchor(article.Article.Body, a.Target)))
            .OrderBy(x => x.Anchor.IsAnchored ? x.Anchor.Start : int.MaxValue)
            .ThenBy(x => x.Annotation.Created)
            .ToList();
    }

    /// <summary>Imports one annotation as it is (id, author, times kept). Idempotent by id; a different annotation with the same id is a conflict.</summary>
    public ImportOutcome Import(Annotation annotation)
    {
        var cleaned = annotation with { Bodies = AnnotationRules.CleanBodies(annotation.Bodies) };
        if (_archive.Annotations.Get(annotation.Id) is { } existing)
        {
            return Same(existing, cleaned) ? ImportOutcome.Unchanged : ImportOutcome.Conflict;
        }

        if (_archive.GetArticle(annotation.ArticleId) is null)
        {
            return ImportOutcome.ArticleMissing;
        }

        var added = _archive.WriteArticleChange(annotation.ArticleId, () => _archive.Annotations.Insert(cleaned));
        return added ? ImportOutcome.Added : ImportOutcome.Conflict;
    }

    /// <summary>
    /// Imports an annotation read from JSON-LD (an export of this or another installation): the position is
    /// checked against the body, or the quote anchored when the position no longer fits; id, author and
    /// times are kept. Idempotent by id.
    /// </summary>
    public ImportOutcome Import(ParsedAnnotation parsed)
    {
        var d = parsed.Draft;
        var body = _archive.Store.Get(d.ArticleId)?.Article.Body;
        if (body is null)
        {
            return ImportOutcome.ArticleMissing;
        }

        var (target, error) = d.Start >= 0 ? TextAnchor.Validate(body, d.Start, d.End, d.Exact) : (null, "no TextPositionSelector");
        if (target is null)
        {
            var anchor = TextAnchor.Anchor(body, new TextTarget(d.Start, d.End, d.Exact ?? string.Empty, d.Prefix ?? string.Empty, d.Suffix ?? string.Empty));
            target = anchor.IsAnchored
                ? TextAnchor.Create(body, anchor.Start, anchor.End)
                : throw new AnnotationException(AnnotationError.Invalid, $"cannot anchor the annotation in '{d.ArticleId}': {error}");
        }

        var now = _clock.GetUtcNow();
        return Import(new Annotation(
            parsed.Id ?? NewId(), d.ArticleId, target, d.Bodies,
            parsed.Author ?? "import", parsed.Created ?? now, parsed.Modified ?? parsed.Created ?? now, 1));
    }

    public static string NewId() => Guid.NewGuid().ToString("N");

    private (TextTarget Target, IReadOnlyList<AnnotationBody> Bodies) Check(AnnotationDraft draft)
    {
        var article = _archive.Store.Get(draft.ArticleId)
            ?? throw new AnnotationException(AnnotationError.Invalid, $"The target article '{draft.ArticleId}' does not exist.");
        if (draft.End - draft.Start > AnnotationRules.MaxQuoteLength)
        {
            throw new AnnotationException(AnnotationError.Invalid, $"An annotation covers at most {AnnotationRules.MaxQuoteLength:N0} characters.");
        }

        var body = article.Article.Body;
        var (start, end) = (draft.Start, draft.End);
        if (start < 0 && draft.Exact is { Length: > 0 } exact)
        {
            // Quote only: anchor it like a re-anchoring would, but insist on an exact match.
            var anchor = TextAnchor.Anchor(body, new TextTarget(-1, -1, exact, draft.Prefix ?? string.Empty, draft.Suffix ?? string.Empty));
            if (anchor.Status != AnchorStatus.Quote)
            {
                throw new AnnotationException(AnnotationError.Invalid, "TextQuoteSelector.exact does not occur in the article body.");
            }

            (start, end) = (anchor.Start, anchor.End);
        }

        var (target, error) = TextAnchor.Validate(body, start, end, draft.Exact);
        if (target is null)
        {
            throw new AnnotationException(AnnotationError.Invalid, error!);
        }

        var bodies = AnnotationRules.CleanBodies(draft.Bodies);
        if (bodies.Count == 0)
        {
            throw new AnnotationException(AnnotationError.Invalid, "An annotation needs at least one body: a comment, a tag or an entity label.");
        }

        return (target, bodies);
    }

    /// <summary>Equal content: a body without a format is text/plain, as the JSON-LD writer spells it.</summary>
    private static bool Same(Annotation a, Annotation b) =>
        a.ArticleId == b.ArticleId && a.Target == b.Target && a.Author == b.Author &&
        a.Bodies.Select(Plain).SequenceEqual(b.Bodies.Select(Plain));

    private static AnnotationBody Plain(AnnotationBody body) => body with { Format = body.Format ?? "text/plain" };

    private static void RequireWriter(Actor actor)
    {
        if (!actor.CanWrite)
        {
            throw new AnnotationException(AnnotationError.Forbidden, $"The role '{actor.Role}' cannot write annotations.");
        }
    }

    private static void RequireOwner(Actor actor, Annotation annotation)
    {
        if (!actor.MayChange(annotation))
        {
            throw new AnnotationException(AnnotationError.Forbidden, "Only the author or an admin can change this annotation.");
        }
    }
}
