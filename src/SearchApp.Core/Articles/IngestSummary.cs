namespace SearchApp.Core.Articles;

/// <summary>What an ingest run did. <see cref="Skipped"/> lists every record that was not stored, with why.</summary>
public sealed record IngestSummary(int Added, int Updated, int Unchanged, IReadOnlyList<CorpusRecord> Skipped, double Seconds)
{
    public int Read => Added + Updated + Unchanged + Skipped.Count;
}
