using SearchApp.Core.Annotations;
using SearchApp.Core.Articles;
using SearchApp.Core.Entities;

namespace SearchApp.Core.Storage;

/// <summary>An article with everything derived from it that the index needs, and its change number.</summary>
public sealed record StoredArticle(Article Article, IReadOnlyList<EntityMention> Entities, long Seq)
{
    /// <summary>Live annotations on the article, in reading order (filled where the caller needs them).</summary>
    public IReadOnlyList<Annotation> Annotations { get; init; } = [];
}
