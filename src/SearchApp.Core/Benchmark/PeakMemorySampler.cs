using System.Diagnostics;

namespace SearchApp.Core.Benchmark;

/// <summary>
/// Samples the managed heap every 50 ms while alive (the GC gives no peak figure of its own); the peak
/// RSS comes from the kernel's high-water mark (VmHWM), which is exact.
/// </summary>
internal sealed class PeakMemorySampler : IDisposable
{
    private readonly Timer timer;
    private long peakHeap;

    public PeakMemorySampler()
    {
        Sample(null);
        timer = new Timer(Sample, null, 50, 50);
    }

    public double PeakHeapMb
    {
        get
        {
            Sample(null);
            return Interlocked.Read(ref peakHeap) / (1024.0 * 1024.0);
        }
    }

    public static double PeakRssMb
    {
        get
        {
            using var process = Process.GetCurrentProcess();
            return process.PeakWorkingSet64 / (1024.0 * 1024.0);
        }
    }

    public void Dispose() => timer.Dispose();

    private void Sample(object? state)
    {
        var heap = GC.GetTotalMemory(false);
        long seen;
        while (heap > (seen = Interlocked.Read(ref peakHeap)) && Interlocked.CompareExchange(ref peakHeap, heap, seen) != seen)
        {
        }
    }
}
