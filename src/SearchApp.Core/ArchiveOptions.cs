using SearchApp.Core.Entities;

namespace SearchApp.Core;

/// <summary>Where the archive lives and how articles are processed on the way in.</summary>
public sealed record ArchiveOptions(string DataDirectory)
{
    public IEntityExtractor Extractor { get; init; } = NoEntityExtractor.Instance;

    /// <summary>Articles per store transaction during ingest: a crash loses at most this many.</summary>
    public int BatchSize { get; init; } = 500;

    public string StorePath => Path.Combine(DataDirectory, "store.db");

    public string IndexPath => Path.Combine(DataDirectory, "index");
}
