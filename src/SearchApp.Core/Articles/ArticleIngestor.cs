using System.Diagnostics;

namespace SearchApp.Core.Articles;

/// <summary>
/// Streams corpus records into the archive in batches. Each batch is one store transaction, so a crash
/// loses at most the batch in flight and a rerun completes the job (unchanged articles are recognised by
/// their content hash and cost one lookup). Memory is bounded by the batch size.
/// </summary>
public sealed class ArticleIngestor
{
    private const int CommitEveryBatches = 20;
    private readonly SearchArchive _archive;

    public ArticleIngestor(SearchArchive archive) => _archive = archive;

    public IngestSummary Ingest(IEnumerable<string> paths, Action<IngestProgress>? onProgress = null, CancellationToken cancel = default)
    {
        var progress = new CorpusProgress();
        return Ingest(CorpusReader.Read(paths, progress), progress, onProgress, cancel);
    }

    public IngestSummary Ingest(IEnumerable<CorpusRecord> records, CorpusProgress? progress = null, Action<IngestProgress>? onProgress = null, CancellationToken cancel = default)
    {
        var clock = Stopwatch.StartNew();
        int added = 0, updated = 0, unchanged = 0, batches = 0;
        var skipped = new List<CorpusRecord>();
        var batch = new List<(Article Article, CorpusRecord Record)>(_archive.Options.BatchSize);

        void Flush()
        {
            if (batch.Count == 0)
            {
                return;
            }

            var outcomes = _archive.Write(batch.Select(b => b.Article).ToList());
            for (var i = 0; i < outcomes.Count; i++)
            {
                switch (outcomes[i])
                {
                    case UpsertOutcome.Added: added++; break;
                    case UpsertOutcome.Updated: updated++; break;
                    case UpsertOutcome.Unchanged: unchanged++; break;
                    default:
                        skipped.Add(batch[i].Record with { Error = "superseded by a later record with the same id" });
                        break;
                }
            }

            batch.Clear();
            if (++batches % CommitEveryBatches == 0)
            {
                _archive.Commit();
            }

            onProgress?.Invoke(new IngestProgress(added + updated + unchanged + skipped.Count, added, updated, skipped.Count, progress?.Fraction ?? 0, clock.Elapsed));
        }

        foreach (var record in records)
        {
            cancel.ThrowIfCancellationRequested();
            if (record.Input is null)
            {
                skipped.Add(record);
                continue;
            }

            if (!ArticleValidator.TryCreate(record.Input, out var article, out var error))
            {
                skipped.Add(record with { Error = error });
                continue;
            }

            batch.Add((article, record));
            if (batch.Count >= _archive.Options.BatchSize)
            {
                Flush();
            }
        }

        Flush();
        _archive.Commit();
        _archive.Index.Refresh();
        return new IngestSummary(added, updated, unchanged, skipped, clock.Elapsed.TotalSeconds);
    }
}
