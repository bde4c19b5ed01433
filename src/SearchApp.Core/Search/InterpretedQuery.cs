using Lucene.Net.Search;

namespace SearchApp.Core.Search;

/// <summary>
/// How the search box text was read. <see cref="Query"/> is null when nothing searchable is left
/// (only stop words or only punctuation); <see cref="Parsed"/> is the repaired text that was parsed.
/// </summary>
public sealed record InterpretedQuery(Query? Query, string Parsed, IReadOnlyList<string> Notes)
{
    public bool MatchesAll => Query is MatchAllDocsQuery;
}
