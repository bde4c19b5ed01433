using Lucene.Net.Search;

namespace SearchApp.Core.Search;

/// <summary>
/// How the search box text was read. <see cref="Query"/> is null when nothing searchable is left
/// (only stop words or only punctuation); <see cref="Parsed"/> is the repaired text that was parsed.
/// </summary>
public sealed record InterpretedQuery(Query? Query, string Parsed, IReadOnlyList<string> Notes)
{
    /// <summary>Spelling variants added as synonyms (e.g. ترمب for ترامب), for the user to see.</summary>
    public IReadOnlyList<string> Variants { get; init; } = [];

    public bool MatchesAll => Query is MatchAllDocsQuery;
}
