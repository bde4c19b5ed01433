using SearchApp.Core.Entities;

namespace SearchApp.Core.Articles;

/// <summary>
/// A batch made ready for storing: content hashes, which articles looked new or changed, and their
/// extracted entities. Preparing (the expensive, parallel part: NER) can run ahead of storing and indexing
/// the previous batch; <see cref="SearchArchive.Apply"/> re-checks against the store before writing.
/// </summary>
public sealed record PreparedBatch(
    IReadOnlyList<Article> Articles,
    IReadOnlyList<string> Hashes,
    IReadOnlyList<UpsertOutcome> Outcomes,
    IReadOnlyList<int> Changed,
    IReadOnlyList<IReadOnlyList<EntityMention>> Entities);
