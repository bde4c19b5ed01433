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

    public static SearchArchive OpenArchive(CliArguments args, IEntityExtractor? extractor = null)
    {
        var options = new ArchiveOptions(DataDirectory(args))
        {
            Extractor = extractor ?? NoEntityExtractor.Instance,
            BatchSize = args.GetInt("batch", 500),
        };
        return SearchArchive.Open(options, message => Console.Error.WriteLine(message));
    }
}
