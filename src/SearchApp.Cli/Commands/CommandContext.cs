using SearchApp.Core;
using SearchApp.Core.Entities;
using SearchApp.Core.Storage;

namespace SearchApp.Cli.Commands;

/// <summary>What every command shares: the data directory and how to open the archive there.</summary>
public static class CommandContext
{
    public static string DataDirectory(CliArguments args) => DataDirectoryLocator.Resolve(args.Get("data"));

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
