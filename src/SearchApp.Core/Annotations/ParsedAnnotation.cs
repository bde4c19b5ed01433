namespace SearchApp.Core.Annotations;

/// <summary>
/// A Web Annotation read from JSON-LD. <see cref="Id"/>, <see cref="Author"/> and the times are what the
/// document says (used by import; the API ignores them and assigns its own).
/// </summary>
public sealed record ParsedAnnotation(AnnotationDraft Draft, string? Id, string? Author, DateTimeOffset? Created, DateTimeOffset? Modified);
