namespace SearchApp.Core.Benchmark;

/// <summary>The indexing half of the benchmark report.</summary>
public sealed record IndexReport(int Docs, double Seconds, double DocsPerSec, double IndexMb, double PeakRssMb, double PeakHeapMb);
