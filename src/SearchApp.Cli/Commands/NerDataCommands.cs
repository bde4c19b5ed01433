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

    /// <summary>
    /// <c>ner conll CORPUS --ids A,B --out FILE</c>: the chosen articles' bodies in the tagger's own
    /// tokenisation as CoNLL (<c>-DOCSTART-</c> before each article, in the order of <c>--ids</c>), every
    /// tag O or, with <c>--tags model</c>, the shipped model's, to annotate by hand as an evaluation set.
    /// <c>--max-tokens N</c> keeps whole paragraphs until an article has at least N tokens.
    /// </summary>
    public static int Conll(CommandOptions o)
    {
        string corpus = o.Argument(1, "CORPUS.jsonl.gz");
        string output = o.Required("--out");
        string[] ids = o.Required("--ids").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        int maxTokens = o.Int("--max-tokens", int.MaxValue);
        bool model = (o.Optional("--tags") ?? "none") switch
        {
            "none" => false,
            "model" => true,
            var other => throw new ArgumentException($"--tags must be none or model, not '{other}'"),
        };
        var wanted = ids.ToHashSet(StringComparer.Ordinal);
        var bodies = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var article in CorpusReader.Articles(corpus))
        {
            if (wanted.Contains(article.Id))
            {
                bodies[article.Id] = SearchApp.Core.Articles.TextCanonicalizer.Canonicalize(article.Body); // as ingest stores it
            }
        }

        if (ids.FirstOrDefault(id => !bodies.ContainsKey(id)) is { } missing)
        {
            throw new ArgumentException($"no article with id '{missing}' in {corpus}");
        }

        var tagger = model ? NerCommand.LoadTagger(o) : null;
        using var writer = new StreamWriter(output) { NewLine = "\n" };
        int sentences = 0, tokens = 0;
        foreach (string id in ids)
        {
            var document = new List<string[]>();
            int count = 0;
            foreach (string paragraph in bodies[id].Split('\n'))
            {
                if (count >= maxTokens)
                {
                    break;
                }

                foreach (var sentence in NerTokenizer.Sentences(paragraph))
                {
                    document.Add([.. sentence.Select(t => t.Text)]);
                    count += sentence.Length;
                }
            }

            int[][]? tags = tagger?.TagDocument(document);
            writer.WriteLine($"{ConllReader.DocumentStart}\tO");
            writer.WriteLine();
            for (int s = 0; s < document.Count; s++)
            {
                for (int i = 0; i < document[s].Length; i++)
                {
                    writer.WriteLine($"{document[s][i]}\t{(tags is null ? BioTags.Outside : BioTags.Names[tags[s][i]])}");
                }

                writer.WriteLine();
            }

            sentences += document.Count;
            tokens += count;
        }

        Console.Error.WriteLine($"wrote {ids.Length} articles, {sentences} sentences, {tokens} tokens to {output}");
        return 0;
    }
}
