namespace SearchApp.Core.Articles;

/// <summary>A progress report during ingest: records handled so far and the fraction of input bytes read.</summary>
public readonly record struct IngestProgress(int Records, int Added, int Updated, int Skipped, double Fraction, TimeSpan Elapsed);
