namespace SearchApp.Core.Search;

/// <summary>A result row. <see cref="Snippet"/> is HTML: escaped text with matches in &lt;mark&gt;.</summary>
public sealed record SearchHit(string Id, string Title, string Source, DateOnly? Published, string Snippet, float Score);
