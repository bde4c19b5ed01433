using System.Globalization;
using System.Text.Json;
using SearchApp.Core.Articles;

namespace SearchApp.Cli.Commands;

/// <summary><c>ingest PATH... [--data DIR] [--batch N] [--json]</c>: upsert articles from corpus files and folders.</summary>
public static class IngestCommand
{
    private const int MaxListedSkips = 50;

    public static int Run(string[] argv)
    {
        var args = new CliArguments(argv, ["data", "batch"], ["json", "no-ner"]);
        if (args.Positional.Count == 0)
        {
            throw new CliException("ingest needs at least one file or folder (JSONL, .jsonl.gz, .txt)");
        }

        var missing = args.Positional.FirstOrDefault(p => !File.Exists(p) && !Directory.Exists(p));
        if (missing is not null)
        {
            throw new CliException($"no such file or folder: {missing}");
        }

        using var archive = CommandContext.OpenArchive(args);
        var bar = new ProgressBar();
        var summary = new ArticleIngestor(archive).Ingest(args.Positional, p =>
            bar.Draw(p.Fraction, string.Create(CultureInfo.InvariantCulture, $"{p.Records:N0} read, {p.Added:N0} added, {p.Updated:N0} updated, {p.Skipped:N0} skipped, {p.Records / Math.Max(p.Elapsed.TotalSeconds, 0.001):N0}/s")));
        bar.Done();
        if (args.Has("json"))
        {
            Console.WriteLine(JsonSerializer.Serialize(new
            {
                added = summary.Added,
                updated = summary.Updated,
                unchanged = summary.Unchanged,
                skipped = summary.Skipped.Select(s => new { file = s.File, line = s.Line, reason = s.Error }),
                seconds = Math.Round(summary.Seconds, 2),
            }));
            return 0;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"added {summary.Added:N0}, updated {summary.Updated:N0}, unchanged {summary.Unchanged:N0}, skipped {summary.Skipped.Count:N0} in {summary.Seconds:F1} s ({summary.Read / Math.Max(summary.Seconds, 0.001):N0} articles/s)"));
        foreach (var s in summary.Skipped.Take(MaxListedSkips))
        {
            Console.WriteLine($"  skipped {s.File}:{s.Line}: {s.Error}");
        }

        if (summary.Skipped.Count > MaxListedSkips)
        {
            Console.WriteLine($"  ... and {summary.Skipped.Count - MaxListedSkips:N0} more skipped (use --json for the full list)");
        }

        return 0;
    }
}
