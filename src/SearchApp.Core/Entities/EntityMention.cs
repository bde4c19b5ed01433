namespace SearchApp.Core.Entities;

/// <summary>
/// A named-entity mention found in an article body.
/// <see cref="Start"/> and <see cref="End"/> are UTF-16 offsets into the stored canonical body
/// (<c>body[Start..End] == Text</c>); <see cref="Canonical"/> is the facet value the mention counts for.
/// </summary>
/// <param name="Type">PER, ORG or LOC (see <see cref="EntityTypes"/>).</param>
public sealed record EntityMention(string Type, string Text, int Start, int End, string Canonical);
