using SearchApp.Core.Articles;
using SearchApp.Core.Entities;
using SearchApp.Core.Storage;

namespace SearchApp.Core;

/// <summary>The write path: prepare (hash check, entity extraction) and apply (store, then index) batches.</summary>
public sealed partial class SearchArchive
{
    private string? _extractorRecorded;

    /// <summary>
    /// Stores the articles that are new or changed (by content hash), with their entities, then indexes
    /// them. When an id occurs twice in the batch the later one wins and the earlier is
    /// <see cref="UpsertOutcome.Superseded"/>. Not committed to the index: see <see cref="Commit"/>.
    /// </summary>
    public IReadOnlyList<UpsertOutcome> Write(IReadOnlyList<Article> articles) => Apply(Prepare(articles));

    /// <summary>
    /// The parallel, read-only half of <see cref="Write"/>: hashes, a first look at which articles are new
    /// or changed, and entity extraction for those. Safe to run while another batch is being applied.
    /// </summary>
    public PreparedBatch Prepare(IReadOnlyList<Article> articles)
    {
        var hashes = articles.Select(ArticleValidator.ContentHash).ToArray();
        var lastIndexOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < articles.Count; i++)
        {
            lastIndexOf[articles[i].Id] = i;
        }

        var existing = Store.GetHashes(lastIndexOf.Keys);
        var outcomes = new UpsertOutcome[articles.Count];
        var changed = new List<int>();
        for (var i = 0; i < articles.Count; i++)
        {
            if (lastIndexOf[articles[i].Id] != i)
            {
                outcomes[i] = UpsertOutcome.Superseded;
                continue;
            }

            outcomes[i] = Classify(existing, articles[i].Id, hashes[i]);
            if (outcomes[i] != UpsertOutcome.Unchanged)
            {
                changed.Add(i);
            }
        }

        var entities = new IReadOnlyList<EntityMention>[changed.Count];
        Parallel.For(0, changed.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, k =>
            entities[k] = Extractor.Extract(articles[changed[k]].Body));
        return new PreparedBatch(articles, hashes, outcomes, changed, entities);
    }

    /// <summary>
    /// The writing half of <see cref="Write"/>, serialised: re-checks the prepared articles against the store
    /// (a batch applied in the meantime may have stored the same id), then stores and indexes what changed.
    /// </summary>
    public IReadOnlyList<UpsertOutcome> Apply(PreparedBatch batch)
    {
        var outcomes = batch.Outcomes.ToArray();
        lock (_writeLock)
        {
            var existing = Store.GetHashes(batch.Changed.Select(i => batch.Articles[i].Id).ToList());
            var items = new List<(Article, string, IReadOnlyList<EntityMention>)>();
            var added = new List<bool>();
            for (var k = 0; k < batch.Changed.Count; k++)
            {
                var i = batch.Changed[k];
                outcomes[i] = Classify(existing, batch.Articles[i].Id, batch.Hashes[i]);
                if (outcomes[i] != UpsertOutcome.Unchanged)
                {
                    items.Add((batch.Articles[i], batch.Hashes[i], batch.Entities[k]));
                    added.Add(outcomes[i] == UpsertOutcome.Added);
                }
            }

            if (items.Count > 0 && Extractor is not NoEntityExtractor && _extractorRecorded != Extractor.Version)
            {
                // The first write into an empty store records which extractor its entities come from.
                if (Store.GetMeta(ExtractorMetaKey) is null)
                {
                    Store.SetMeta(ExtractorMetaKey, Extractor.Version);
                }

                _extractorRecorded = Extractor.Version;
            }

            var stored = WithAnnotations(Store.Upsert(items));
            Index.Add(stored.Where((_, k) => added[k]), Options.FacetPolicy);
            Index.Upsert(stored.Where((_, k) => !added[k]), Options.FacetPolicy);
            if (stored.Count > 0)
            {
                _indexedSeq = stored[^1].Seq;
            }
        }

        return outcomes;
    }

    private static UpsertOutcome Classify(Dictionary<string, string> existing, string id, string hash) =>
        !existing.TryGetValue(id, out var old) ? UpsertOutcome.Added : old == hash ? UpsertOutcome.Unchanged : UpsertOutcome.Updated;
}
