namespace SearchApp.Core.Annotations;

/// <summary>
/// One W3C <c>TextualBody</c>: a comment (<c>commenting</c>), a tag (<c>tagging</c>), or an entity label
/// (<c>classifying</c> / <c>identifying</c> with value PER, ORG, LOC, or NONE for "not an entity").
/// </summary>
public sealed record AnnotationBody(string Purpose, string Value, string? Format = null, string? Language = null);
