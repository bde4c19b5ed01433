using SearchApp.Core;
using SearchApp.Core.Articles;
using SearchApp.Core.Entities;
using SearchApp.Core.Storage;

namespace SearchApp.Web.Services;

/// <summary>Opens the archive for the web app and, on a first start with an empty store, ingests the bundled sample.</summary>
public static class ArchiveStartup
{
    public static SearchArchive Open(SearchAppOptions options, IEntityExtractor extractor, ILogger logger)
    {
        var dataDirectory = DataDirectoryLocator.Resolve(options.DataDirectory);
        logger.LogInformation("Data directory: {DataDirectory}", dataDirectory);
        var archive = SearchArchive.Open(ArchiveOptions.WithExtractor(dataDirectory, extractor), message => logger.LogInformation("{Message}", message));
        if (options.IngestSampleOnFirstStart && archive.Store.Count() == 0)
        {
            var sample = FindSample(options, dataDirectory);
            if (sample is null)
            {
                logger.LogWarning("The store is empty and no bundled sample was found; ingest articles with the CLI.");
            }
            else
            {
                var summary = new ArticleIngestor(archive).Ingest([sample]);
                logger.LogInformation("First start: ingested the bundled sample from {Sample}: {Added} articles in {Seconds:F1} s ({Skipped} skipped).", sample, summary.Added, summary.Seconds, summary.Skipped.Count);
            }
        }

        return archive;
    }

    private static string? FindSample(SearchAppOptions options, string dataDirectory)
    {
        string[] candidates =
        [
            options.SamplePath ?? string.Empty,
            Path.Combine(dataDirectory, "sample"),
            Path.Combine(AppContext.BaseDirectory, "sample"),
        ];
        return candidates.FirstOrDefault(c => c.Length > 0 && Directory.Exists(c) && Directory.EnumerateFiles(c, "*.jsonl").Any());
    }
}
