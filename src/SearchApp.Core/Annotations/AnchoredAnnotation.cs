namespace SearchApp.Core.Annotations;

/// <summary>An annotation with where it sits in the article's current text.</summary>
public sealed record AnchoredAnnotation(Annotation Annotation, AnchorResult Anchor);
