using SearchApp.Core.Entities;

namespace SearchApp.Core.Indexing;

/// <summary>
/// How entities become facet values: the canonical value of a user-labelled span (type, text), and which
/// extracted mentions count at all.
/// </summary>
public sealed record EntityFacetPolicy(Func<string, string, string> Canonicalize, Func<EntityMention, bool> IsFacetValue)
{
    /// <summary>Labels as typed (trimmed), every extracted mention counts.</summary>
    public static EntityFacetPolicy Plain { get; } = new((_, text) => text.Trim(), _ => true);
}
