namespace SearchApp.Core.Articles;

/// <summary>
/// An article as it arrives (JSONL line, .txt file, POST body), before canonicalisation and validation.
/// <see cref="Published"/> is the raw text (yyyy-mm-dd, or an ISO date-time whose date part is used).
/// </summary>
public sealed record ArticleInput(
    string? Id,
    string? Title,
    string? Body,
    string? Source,
    string? Published,
    string? Category,
    string? Url);
