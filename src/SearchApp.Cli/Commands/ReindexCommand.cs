using System.Diagnostics;
using System.Globalization;

namespace SearchApp.Cli.Commands;

/// <summary><c>reindex [--data DIR]</c>: rebuild the Lucene index from the store.</summary>
public static class ReindexCommand
{
    public static int Run(string[] argv)
    {
        var args = new CliArguments(argv, ["data", "batch"]);
        using var archive = CommandContext.OpenArchive(args);
        var bar = new ProgressBar();
        var clock = Stopwatch.StartNew();
        var count = archive.Reindex((done, total) => bar.Draw(total > 0 ? done / (double)total : 1, $"{done:N0} / {total:N0}"));
        bar.Done();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"reindexed {count:N0} articles in {clock.Elapsed.TotalSeconds:F1} s"));
        return 0;
    }
}
