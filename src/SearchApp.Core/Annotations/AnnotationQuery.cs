namespace SearchApp.Core.Annotations;

/// <summary>Filters for listing annotations (all optional), newest first.</summary>
public sealed record AnnotationQuery
{
    public string? ArticleId { get; init; }

    public string? Author { get; init; }

    public string? Tag { get; init; }

    /// <summary>PER, ORG, LOC or NONE.</summary>
    public string? Label { get; init; }

    /// <summary>The annotated article's source.</summary>
    public string? Source { get; init; }

    /// <summary>Substring of a comment, tag or the quoted text.</summary>
    public string? Text { get; init; }

    public int Offset { get; init; }

    public int Limit { get; init; } = 50;
}
