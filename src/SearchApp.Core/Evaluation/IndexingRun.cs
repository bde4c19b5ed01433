namespace SearchApp.Core.Evaluation;

/// <summary>One timed build of a full index: wall and process CPU seconds (CPU includes Lucene's merge threads).</summary>
public sealed record IndexingRun(string Setup, int Articles, double WallSeconds, double CpuSeconds)
{
    public double DocsPerSecond => Articles / WallSeconds;

    public double DocsPerCpuSecond => Articles / CpuSeconds;
}
