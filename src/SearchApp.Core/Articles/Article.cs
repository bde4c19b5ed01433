namespace SearchApp.Core.Articles;

/// <summary>
/// One news article as stored. <see cref="Title"/> and <see cref="Body"/> are canonical text
/// (see <see cref="TextCanonicalizer"/>): every entity and annotation offset points into them,
/// so they are never rewritten after ingest.
/// </summary>
public sealed record Article(
    string Id,
    string Title,
    string Body,
    string Source,
    DateOnly? Published,
    string? Category,
    string? Url);
