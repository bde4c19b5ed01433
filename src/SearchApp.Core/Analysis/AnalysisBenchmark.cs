using System.Diagnostics;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace SearchApp.Core.Analysis;

/// <summary>
/// Analysis-only throughput (no index writing): every text is run through an analyzer and its tokens
/// consumed (term and offsets read, as the indexer does). Texts are loaded into memory first so disk
/// and JSON parsing are not measured. Used for the ADR 0003 comparison with the stock ArabicAnalyzer.
/// Reports wall time and the process's CPU time: on a shared machine the wall time of one run swings
/// with other people's load, the CPU time much less.
/// </summary>
public static class AnalysisBenchmark
{
    public sealed record Result(string Name, int Texts, long Tokens, double Seconds, double CpuSeconds)
    {
        public double TokensPerSecond => Tokens / Seconds;

        public double TokensPerCpuSecond => Tokens / CpuSeconds;
    }

    /// <summary>Analyses each text once per field in <paramref name="fields"/> (e.g. ["body"] or
    /// ["body", "body.exact"]) and returns the totals of one run.</summary>
    public static Result Run(string name, Analyzer analyzer, IReadOnlyList<string> texts, IReadOnlyList<string> fields)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(fields);
        long tokens = 0;
        long checksum = 0;
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        foreach (var text in texts)
        {
            foreach (var field in fields)
            {
                using var stream = analyzer.GetTokenStream(field, text);
                var term = stream.AddAttribute<ICharTermAttribute>();
                var offsets = stream.AddAttribute<IOffsetAttribute>();
                stream.Reset();
                while (stream.IncrementToken())
                {
                    tokens++;
                    checksum += term.Length + offsets.EndOffset;
                }

                stream.End();
            }
        }

        watch.Stop();
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        GC.KeepAlive(checksum);
        return new Result(name, texts.Count, tokens, watch.Elapsed.TotalSeconds, cpu);
    }
}
