using SearchApp.Core;
using SearchApp.Core.Entities;
using SearchApp.Core.Storage;

namespace SearchApp.Cli.Commands;

/// <summary>What every command shares: the data directory and how to open the archive there.</summary>
public static class CommandContext
{
    public static string DataDirectory(CliArguments args) => DataDirectoryLocator.Resolve(args.Get("data"));

    /// <summary>Just the SQLite store, without the data-directory lock: safe beside a running web app.</summary>
    public static ArticleStore OpenStore(CliArguments args)
    {
        var dir = DataDirectory(args);
        Directory.CreateDirectory(dir);
        return new ArticleStore(Path.Combine(dir, "store.db"));
    }

    /// <summary>The archive with the shipped NER model (or none with <c>--no-ner</c>, for throughput comparisons).</summary>
    public static SearchArchive OpenArchive(CliArguments args)
    {
        IEntityExtractor extractor = args.Has("no-ner") ? NoEntityExtractor.Instance : EntityExtractor.Default;
        var options = ArchiveOptions.WithExtractor(DataDirectory(args), extractor) with { BatchSize = args.GetInt("batch", 500) };
        return SearchArchive.Open(options, message => Console.Error.WriteLine(message));
    }
}
