using System.Diagnostics;
using System.Threading.Channels;

namespace SearchApp.Core.Articles;

/// <summary>
/// Streams corpus records into the archive in batches. Each batch is one store transaction, so a crash
/// loses at most the batch in flight and a rerun completes the job (unchanged articles are recognised by
/// their content hash and cost one lookup). Memory is bounded by a few batches: while one batch is stored
/// and indexed, the next has its entities extracted (<see cref="SearchArchive.Prepare"/>) and the one after
/// is read, so reading, extraction and the single-threaded index writing overlap instead of adding up.
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
        var fraction = 0.0;
        // Three stages: reading and validating (one thread) → hash check and entity extraction (parallel)
        // → storing and indexing (this thread), each a batch or two ahead of the next.
        var read = Channel.CreateBounded<(List<Article> Articles, List<CorpusRecord> Records)>(2);
        var channel = Channel.CreateBounded<(PreparedBatch Batch, List<CorpusRecord> Records)>(2);
        var reader = Task.Run(() => Read(records, read.Writer, skipped, () => fraction = progress?.Fraction ?? 0, cancel), cancel);
        var producer = Task.Run(() => PrepareAll(read.Reader, channel.Writer, cancel), cancel);

        // Apply batches in order on this thread; a failure of the reader surfaces here after the batches
        // it had already prepared were applied.
        try
        {
            while (channel.Reader.WaitToReadAsync(cancel).AsTask().GetAwaiter().GetResult())
            {
                while (channel.Reader.TryRead(out var item))
                {
                    var outcomes = _archive.Apply(item.Batch);
                    for (var i = 0; i < outcomes.Count; i++)
                    {
                        switch (outcomes[i])
                        {
                            case UpsertOutcome.Added: added++; break;
                            case UpsertOutcome.Updated: updated++; break;
                            case UpsertOutcome.Unchanged: unchanged++; break;
                            default:
                                lock (skipped)
                                {
                                    skipped.Add(item.Records[i] with { Error = "superseded by a later record with the same id" });
                                }

                                break;
                        }
                    }

                    if (++batches % CommitEveryBatches == 0)
                    {
                        _archive.Commit();
                    }

                    int skippedCount;
                    lock (skipped)
                    {
                        skippedCount = skipped.Count;
                    }

                    onProgress?.Invoke(new IngestProgress(added + updated + unchanged + skippedCount, added, updated, skippedCount, Volatile.Read(ref fraction), clock.Elapsed));
                }
            }
        }
        finally
        {
            read.Writer.TryComplete();
            Task.WaitAll([reader, producer], TimeSpan.FromSeconds(1));
            _archive.Commit();
            _archive.Index.Refresh();
        }

        List<CorpusRecord> allSkipped;
        lock (skipped)
        {
            allSkipped = skipped.OrderBy(s => s.File, StringComparer.Ordinal).ThenBy(s => s.Line).ToList();
        }

        return new IngestSummary(added, updated, unchanged, allSkipped, clock.Elapsed.TotalSeconds);
    }

    private void PrepareAll(ChannelReader<(List<Article> Articles, List<CorpusRecord> Records)> input, ChannelWriter<(PreparedBatch, List<CorpusRecord>)> output, CancellationToken cancel)
    {
        try
        {
            while (input.WaitToReadAsync(cancel).AsTask().GetAwaiter().GetResult())
            {
                while (input.TryRead(out var item))
                {
                    output.WriteAsync((_archive.Prepare(item.Articles), item.Records), cancel).AsTask().GetAwaiter().GetResult();
                }
            }

            output.Complete();
        }
        catch (Exception ex)
        {
            output.Complete(ex);
        }
    }

    private void Read(IEnumerable<CorpusRecord> records, ChannelWriter<(List<Article>, List<CorpusRecord>)> writer, List<CorpusRecord> skipped, Action noteProgress, CancellationToken cancel)
    {
        try
        {
            var articles = new List<Article>(_archive.Options.BatchSize);
            var sources = new List<CorpusRecord>(_archive.Options.BatchSize);
            void Send()
            {
                noteProgress();
                writer.WriteAsync((articles.ToList(), sources.ToList()), cancel).AsTask().GetAwaiter().GetResult();
                articles.Clear();
                sources.Clear();
            }

            foreach (var record in records)
            {
                cancel.ThrowIfCancellationRequested();
                Article? article = null;
                var error = record.Error;
                if (record.Input is not null)
                {
                    article = ArticleValidator.TryCreate(record.Input, out var valid, out var invalid) ? valid : null;
                    error = article is null ? invalid : error;
                }

                if (article is null)
                {
                    lock (skipped)
                    {
                        skipped.Add(record with { Error = error });
                    }

                    continue;
                }

                articles.Add(article);
                sources.Add(record);
                if (articles.Count >= _archive.Options.BatchSize)
                {
                    Send();
                }
            }

            if (articles.Count > 0)
            {
                Send();
            }

            writer.Complete();
        }
        catch (Exception ex)
        {
            writer.Complete(ex);
        }
    }
}
