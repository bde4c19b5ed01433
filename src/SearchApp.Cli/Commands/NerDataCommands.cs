using System.Diagnostics;
using SearchApp.Core.Entities;
using SearchApp.Core.Entities.Training;

namespace SearchApp.Cli.Commands;

/// <summary>
/// <c>ner lexicon | brown | embed | profiles</c>: build the word statistics the tagger takes from unlabelled
/// news (docs/ner.md, "Retraining"). Progress goes to stderr.
/// </summary>
internal static class NerDataCommands
{
    public static int Lexicon(CommandOptions o)
    {
        string corpus = o.Argument(1, "CORPUS.jsonl.gz");
        string output = o.Required("--out");
        var clock = Stopwatch.StartNew();
        var builder = new LexiconBuilder(Console.Error);
        foreach (string text in CorpusReader.Texts(corpus))
        {
            builder.AddText(text);
        }

        using (var file = File.Create(output))
        {
            WordLexicon.Write(file, builder.Build());
        }

        Console.Error.WriteLine($"wrote {output} in {clock.Elapsed.TotalSeconds:0.0} s");
        return 0;
    }

    public static int Profiles(CommandOptions o)
    {
        string corpus = o.Argument(1, "CORPUS.jsonl.gz");
        string output = o.Required("--out");
        using var file = File.Create(output);
        int written = ContextProfiles.Build(CorpusReader.Texts(corpus), NerCommand.LoadLexicon(o), NerResources.Triggers(), file);
        Console.Error.WriteLine($"wrote {written} word profiles to {output}");
        return 0;
    }

    public static int Brown(CommandOptions o)
    {
        string corpus = o.Argument(1, "CORPUS.jsonl.gz");
        string output = o.Required("--out");
        var clock = Stopwatch.StartNew();
        var builder = new BrownClusterer(Console.Error, o.Optional("--stripped") == "yes" ? NerCommand.LoadLexicon(o) : null);
        foreach (string text in CorpusReader.Texts(corpus).Take(o.Int("--limit", int.MaxValue)))
        {
            builder.AddText(text);
        }

        var entries = builder.Build(o.Int("--words", 50_000), o.Int("--clusters", 1000));
        using (var file = File.Create(output))
        {
            BrownClusters.Write(file, entries);
        }

        Console.Error.WriteLine($"wrote {output} in {clock.Elapsed.TotalSeconds:0.0} s");
        return 0;
    }

    public static int Embed(CommandOptions o)
    {
        string corpus = o.Argument(1, "CORPUS.jsonl.gz");
        string output = o.Required("--out");
        var clock = Stopwatch.StartNew();
        var builder = new EmbeddingClusterer(Console.Error, NerCommand.LoadLexicon(o));
        foreach (string text in CorpusReader.Texts(corpus).Take(o.Int("--limit", int.MaxValue)))
        {
            builder.AddText(text);
        }

        var entries = builder.Build(o.Int("--words", 100_000), o.Int("--min-count", 5), o.Int("--dimensions", 64), o.Int("--epochs", 3), o.Int("--window", 5));
        using (var file = File.Create(output))
        {
            BrownClusters.Write(file, entries);
        }

        Console.Error.WriteLine($"wrote {output} in {clock.Elapsed.TotalSeconds:0.0} s");
        return 0;
    }
}
