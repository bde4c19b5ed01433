namespace SearchApp.Core.Benchmark;

/// <summary>Latency percentiles (nearest rank) and throughput of one measured phase.</summary>
public sealed record LatencySummary(int Samples, double P50Ms, double P95Ms, double P99Ms, double Qps)
{
    public static LatencySummary From(double[] samplesMs, double wallSeconds)
    {
        var sorted = (double[])samplesMs.Clone();
        Array.Sort(sorted);
        return new LatencySummary(
            sorted.Length,
            NearestRank(sorted, 50),
            NearestRank(sorted, 95),
            NearestRank(sorted, 99),
            wallSeconds > 0 ? sorted.Length / wallSeconds : 0);
    }

    /// <summary>The smallest sample with at least p% of the samples at or below it: sorted[ceil(p/100·n) − 1].</summary>
    public static double NearestRank(double[] sorted, double percent)
    {
        if (sorted.Length == 0)
        {
            return 0;
        }

        var rank = (int)Math.Ceiling(percent / 100.0 * sorted.Length);
        return sorted[Math.Clamp(rank, 1, sorted.Length) - 1];
    }
}
