namespace SearchApp.Core.Articles;

/// <summary>
/// One item read from a corpus file: an article, or the reason the line could not be read.
/// <see cref="Line"/> is 1-based (for a .txt file, the line where the problem is, or 1).
/// </summary>
public sealed record CorpusRecord(string File, int Line, ArticleInput? Input, string? Error);
