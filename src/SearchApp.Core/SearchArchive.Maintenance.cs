using SearchApp.Core.Articles;
using SearchApp.Core.Entities;
using SearchApp.Core.Storage;

namespace SearchApp.Core;

/// <summary>Index maintenance: rebuild from the store, re-extract entities.</summary>
public sealed partial class SearchArchive
{
    /// <summary>Store meta key: the extractor version the stored entities came from.</summary>
    public const string ExtractorMetaKey = "extractor";

    /// <summary>
    /// True when stored entities came from another extractor than the configured one. An archive opened
    /// without NER (the CLI's --no-ner, tests) never counts as stale, so it does not wipe real entities.
    /// </summary>
    public bool EntitiesAreStale() =>
        Extractor is not NoEntityExtractor && Store.Count() > 0 && Store.GetMeta(ExtractorMetaKey) != Extractor.Version;

    /// <summary>
    /// Runs entity extraction again over every stored article (after a model or alias change), stores the
    /// new mentions, then rebuilds the index. User annotations and their corrections are untouched.
    /// </summary>
    public int Reextract(Action<int, int>? progress = null)
    {
        lock (_writeLock)
        {
            var total = Store.Count();
            var done = 0;
            foreach (var chunk in Store.ReadChangedSince(0).Chunk(Options.BatchSize))
            {
                var mentions = new IReadOnlyList<EntityMention>[chunk.Length];
                Parallel.For(0, chunk.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
                    mentions[i] = Extractor.Extract(chunk[i].Article.Body));
                Store.ReplaceEntities(chunk.Select((a, i) => (a.Article.Id, mentions[i])).ToList());
                done += chunk.Length;
                progress?.Invoke(done, total);
            }

            Store.SetMeta(ExtractorMetaKey, Extractor.Version);
        }

        return Reindex();
    }

    /// <summary>Rebuilds the whole index from the store. Returns the number of articles indexed.</summary>
    public int Reindex(Action<int, int>? progress = null)
    {
        lock (_writeLock)
        {
            var total = Store.Count();
            var seq = Store.CurrentSeq();
            Index.DeleteAll();
            var done = IndexFromStore(0, total, progress, rebuilding: true);
            _indexedSeq = seq;
            Index.Commit(seq);
            Index.Refresh();
            return done;
        }
    }

    /// <summary>The stored article with its entities and live annotations; null when unknown.</summary>
}
