namespace SearchApp.Core.Benchmark;

/// <summary>Which Lucene.Net FSDirectory the query phase reads the index through.</summary>
public enum IndexDirectoryKind
{
    /// <summary>
    /// NIOFSDirectory (positional reads into a managed buffer). In Lucene.Net 4.8 it loads a stored
    /// document about 3x faster than MMapDirectory (docs/benchmark.md), which dominates a results page.
    /// </summary>
    Nio,

    /// <summary>MMapDirectory: what FSDirectory.Open picks on 64-bit Linux, in Java and in Lucene.Net.</summary>
    MMap,
}
