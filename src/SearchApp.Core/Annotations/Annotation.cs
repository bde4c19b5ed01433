namespace SearchApp.Core.Annotations;

/// <summary>
/// A stored annotation on one article. <see cref="Version"/> increases with every change (the HTTP ETag);
/// times are UTC.
/// </summary>
public sealed record Annotation(
    string Id,
    string ArticleId,
    TextTarget Target,
    IReadOnlyList<AnnotationBody> Bodies,
    string Author,
    DateTimeOffset Created,
    DateTimeOffset Modified,
    long Version)
{
    public IEnumerable<string> Tags => Bodies.Where(b => b.Purpose == AnnotationPurposes.Tagging).Select(b => b.Value);

    public IEnumerable<string> Comments => Bodies.Where(b => b.Purpose == AnnotationPurposes.Commenting).Select(b => b.Value);

    /// <summary>The entity label (PER, ORG, LOC or NONE), if the annotation has one.</summary>
    public string? Label => Bodies.FirstOrDefault(b => AnnotationPurposes.IsLabel(b.Purpose) && AnnotationPurposes.IsLabelValue(b.Value))?.Value;
}
