using System.Diagnostics;
using System.Globalization;

namespace SearchApp.Cli.Commands;

/// <summary>
/// <c>reindex [--data DIR] [--extract]</c>: rebuild the Lucene index from the store; with <c>--extract</c>,
/// first run entity extraction again over every article (after a new model or alias file).
/// </summary>
public static class ReindexCommand
{
    public static int Run(string[] argv)
    {
        var args = new CliArguments(argv, ["data", "batch"], ["extract", "no-ner"]);
        using var archive = CommandContext.OpenArchive(args);
        var bar = new ProgressBar();
        var clock = Stopwatch.StartNew();
        Action<int, int> draw = (done, total) => bar.Draw(total > 0 ? done / (double)total : 1, $"{done:N0} / {total:N0}");
        var count = args.Has("extract") ? archive.Reextract(draw) : archive.Reindex(draw);
        bar.Done();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"reindexed {count:N0} articles in {clock.Elapsed.TotalSeconds:F1} s"));
        return 0;
    }
}
