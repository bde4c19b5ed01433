using System.Diagnostics;
using System.Globalization;
using SearchApp.Core.Entities;
using SearchApp.Core.Entities.Training;

namespace SearchApp.Cli.Commands;

/// <summary>
/// <c>ner train | cv | eval | lexicon | brown | embed | profiles | mine | bench | tag | conll</c>: trains, scores and measures the entity tagger
/// (docs/ner.md says how to retrain). Scores go to stdout as the contract's one JSON object;
/// progress goes to stderr; errors are one stderr line and a non-zero exit code.
/// </summary>
public static class NerCommand
{
    private const string Usage =
        "usage: ner train TRAIN.conll --out MODEL [--extra FILE,...] [--cv-folds K] [--ensemble M] [--epochs N] [--lexicon FILE] | "
        + "ner cv TRAIN.conll [--extra FILE,...] [--cv-folds K] [--max-epochs N] | ner eval FILE.conll [--model MODEL] [--lexicon FILE] | "
        + "ner lexicon CORPUS.jsonl[.gz] --out FILE | ner brown CORPUS --out FILE [--stripped yes] | ner embed CORPUS --out FILE [--dimensions D] | ner profiles CORPUS --out FILE | "
        + "ner bench [--corpus FILE.jsonl[.gz]] [--limit N] | ner mine CORPUS --out FILE [--model MODEL] | ner tag < TEXT | "
        + "ner conll CORPUS --ids ID,ID,... --out FILE.conll [--max-tokens N] [--tags none|model]";

    public static int Run(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        try
        {
            var options = CommandOptions.Parse(args);
            return options.Positional.FirstOrDefault() switch
            {
                "train" => Train(options),
                "cv" => CrossValidate(options),
                "eval" => Evaluate(options),
                "lexicon" => NerDataCommands.Lexicon(options),
                "brown" => NerDataCommands.Brown(options),
                "embed" => NerDataCommands.Embed(options),
                "profiles" => NerDataCommands.Profiles(options),
                "bench" => NerBenchmark.Run(options),
                "mine" => Mine(options),
                "tag" => Tag(),
                "conll" => NerDataCommands.Conll(options),
                _ => throw new ArgumentException(Usage),
            };
        }
        catch (Exception e) when (e is ArgumentException or IOException or FormatException or InvalidDataException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"ner: {e.Message.ReplaceLineEndings(" ")}");
            return e is ArgumentException ? 2 : 1;
        }
    }

    private static int Train(CommandOptions o)
    {
        string input = o.Argument(1, "TRAIN.conll");
        string output = o.Required("--out");
        var training = TrainingOptionsOf(o);
        var clock = Stopwatch.StartNew();
        var data = ConllReader.Read(input);
        var extra = ExtraOf(o);
        var features = NerResources.Features(LoadLexicon(o), LoadMined(o), LoadBrown(o), LoadProfiles(o), LoadEmbedding(o));
        Console.Error.WriteLine($"lexicon {features.Lexicon.Size} words, curated gazetteer {features.Curated.Count} names, mined {features.Mined.Count} names, {features.Triggers.Count} triggers");
        var trainer = new PerceptronTrainer(features, Console.Error) { Miner = MinerOf(o) };
        var model = trainer.Train(data, training, extra);
        using (var file = File.Create(output))
        {
            model.Save(file);
        }

        if (o.Optional("--mined-out") is { } minedOut && trainer.Mined is { } mined)
        {
            using var file = File.Create(minedOut);
            mined.Write(file);
            Console.Error.WriteLine($"wrote {mined.Names.Count} corpus names to {minedOut}");
        }

        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"wrote {output} ({new FileInfo(output).Length / 1e6:0.0} MB, {model.FeatureCount} features) in {clock.Elapsed.TotalSeconds:0.0} s"));
        Console.WriteLine(trainer.DevScore?.ToJson() ?? "{}");
        return 0;
    }

    /// <summary>k-fold cross-validation on a training file only: the scores every design choice is made on.</summary>
    private static int CrossValidate(CommandOptions o)
    {
        var data = ConllReader.Read(o.Argument(1, "TRAIN.conll"));
        var extra = ExtraOf(o);
        var training = TrainingOptionsOf(o);
        var features = NerResources.Features(LoadLexicon(o), LoadMined(o), LoadBrown(o), LoadProfiles(o), LoadEmbedding(o));
        using var dump = o.Optional("--dump") is { } path ? new StreamWriter(path) : null;
        var trainer = new PerceptronTrainer(features, Console.Error) { Dump = dump, DumpEpoch = o.Int("--dump-epoch", 3), Miner = MinerOf(o) };
        var cv = trainer.CrossValidate(data, training, extra);
        var (epoch, penalty) = cv.Best();
        Console.WriteLine(cv.Pooled(epoch, penalty).ToJson());
        return 0;
    }

    /// <summary>
    /// <c>--extra FILE[,FILE...]</c>: labelled sentences from other sources that join every training part
    /// (never a CV test block), <c>--extra-copies K</c> times each.
    /// </summary>
    private static List<LabeledSentence> ExtraOf(CommandOptions o)
    {
        var extra = new List<LabeledSentence>();
        int copies = o.Int("--extra-copies", 1);
        if (copies < 1)
        {
            throw new ArgumentException("--extra-copies must be at least 1");
        }

        foreach (string path in (o.Optional("--extra") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            var sentences = ConllReader.Read(path);
            for (int k = 0; k < copies; k++)
            {
                extra.AddRange(sentences);
            }

            Console.Error.WriteLine($"extra training data: {sentences.Count} sentences from {path}, {copies} cop{(copies == 1 ? "y" : "ies")}");
        }

        return extra;
    }

    private static TrainingOptions TrainingOptionsOf(CommandOptions o)
    {
        var defaults = new TrainingOptions();
        return defaults with
        {
            CvFolds = o.Int("--cv-folds", defaults.CvFolds),
            Ensemble = o.Int("--ensemble", defaults.Ensemble),
            Penalty = (float)o.Double("--penalty", defaults.Penalty),
            DevFraction = o.Double("--dev-fraction", defaults.DevFraction),
            Epochs = o.Int("--epochs", defaults.Epochs),
            MaxEpochs = o.Int("--max-epochs", defaults.MaxEpochs),
            Algorithm = o.Optional("--algorithm") ?? defaults.Algorithm,
            C2 = o.Double("--c2", defaults.C2),
            LearningRate = o.Double("--eta", defaults.LearningRate),
            PruneBelow = (float)o.Double("--prune", defaults.PruneBelow),
            Margin = (float)o.Double("--margin", defaults.Margin),
            OrgMargin = (float)o.Double("--org-margin", defaults.OrgMargin),
            OutsideMargin = o.Optional("--outside-margin") == "yes",
            IdentityBagging = o.Int("--identity-bagging", defaults.IdentityBagging),
            MineParts = o.Int("--mine-parts", o.Optional("--mine-corpus") is null ? 0 : 4),
            MineEnsemble = o.Int("--mine-ensemble", defaults.MineEnsemble),
            MineEpochs = o.Int("--mine-epochs", defaults.MineEpochs),
        };
    }

    /// <summary>
    /// <c>--mine-corpus FILE [--mine-articles N]</c>: the news whose names first-stage models find become a
    /// jack-knifed list feature (article bodies as ingest stores them, tokenised once).
    /// </summary>
    private static CorpusMiner? MinerOf(CommandOptions o)
    {
        if (o.Optional("--mine-corpus") is not { } path)
        {
            return null;
        }

        var pool = new Dictionary<string, string>(StringComparer.Ordinal);
        var documents = new List<string[][]>();
        foreach (var article in CorpusReader.Articles(path).Take(o.Int("--mine-articles", int.MaxValue)))
        {
            string body = SearchApp.Core.Articles.TextCanonicalizer.Canonicalize(article.Body);
            documents.Add([.. NerTokenizer.Sentences(body).Select(s => Array.ConvertAll(s, t => pool.TryGetValue(t.Text, out var x) ? x : pool[t.Text] = t.Text))]);
        }

        Console.Error.WriteLine($"mining corpus: {documents.Count} articles, {documents.Sum(d => d.Sum(s => s.Length))} tokens, {pool.Count} distinct");
        return new CorpusMiner(documents, o.Int("--mine-min-count", 3), o.Double("--mine-min-share", 0.7));
    }

    private static int Evaluate(CommandOptions o)
    {
        var data = ConllReader.Read(o.Argument(1, "FILE.conll"));
        var tagger = LoadTagger(o);
        var scorer = new SpanScorer();
        using var dump = o.Optional("--dump") is { } path ? new StreamWriter(path) : null;
        // Each document (the whole file unless -DOCSTART- lines cut it) is tagged in reading order, so names
        // recurring in nearby sentences are found too, as Extract does within an article.
        int[][] tagged = o.Optional("--propagate") == "no"
            ? [.. data.Select(s => tagger.TagIndices(s.Tokens))]
            : [.. ConllReader.Documents(data).SelectMany(d => tagger.TagDocument([.. d.Select(s => s.Tokens)]))];
        foreach (var (sentence, indices) in data.Zip(tagged))
        {
            string[] predicted = [.. indices.Select(t => BioTags.Names[t])];
            scorer.Add(sentence.Tags, predicted);
            for (int i = 0; dump is not null && i < predicted.Length; i++)
            {
                dump.WriteLine($"{sentence.Tokens[i]}\t{sentence.Tags[i]}\t{predicted[i]}");
            }

            dump?.WriteLine();
        }

        Console.WriteLine(scorer.ToJson());
        return 0;
    }

    /// <summary>Tags a corpus and writes the names found often with one type (see NameMiner).</summary>
    private static int Mine(CommandOptions o)
    {
        string corpus = o.Argument(1, "CORPUS.jsonl.gz");
        string output = o.Required("--out");
        var tagger = LoadTagger(o);
        var canonicalizer = new EntityCanonicalizer(tagger.Features.Lexicon, [tagger.Features.Curated, tagger.Model.Trained], AliasTable.Empty);
        var extractor = new EntityExtractor(tagger, canonicalizer);
        var miner = new NameMiner(canonicalizer);
        foreach (string text in CorpusReader.Texts(corpus).Take(o.Int("--limit", int.MaxValue)))
        {
            miner.Add(extractor.Extract(text.Normalize()));
        }

        using var file = File.Create(output);
        int written = miner.Write(file, o.Int("--min-count", 3), o.Double("--min-share", 0.8), tagger.Model.Trained);
        Console.Error.WriteLine($"wrote {written} names to {output}");
        return 0;
    }

    private static int Tag()
    {
        var extractor = EntityExtractor.LoadDefault();
        // The text as ingest stores it, so the offsets are those the archive would hold.
        string text = SearchApp.Core.Articles.TextCanonicalizer.Canonicalize(Console.In.ReadToEnd());
        foreach (var m in extractor.Extract(text))
        {
            Console.WriteLine($"{m.Type}\t{m.Start}\t{m.End}\t{m.Text}\t{m.Canonical}");
        }

        return 0;
    }

    internal static NerTagger LoadTagger(CommandOptions o)
    {
        var features = NerResources.Features(LoadLexicon(o), LoadMined(o), LoadBrown(o), LoadProfiles(o), LoadEmbedding(o));
        string? path = o.Optional("--model");
        if (path is null)
        {
            return new NerTagger(features, NerResources.Model());
        }

        using var file = File.OpenRead(path);
        return new NerTagger(features, TaggerModel.Load(file));
    }

    /// <summary><c>--mined FILE</c>, <c>--mined none</c>, or the embedded list.</summary>
    private static Gazetteer LoadMined(CommandOptions o) =>
        LoadOptional(o, "--mined", NerResources.MinedNames, () => new Gazetteer(), NameMiner.Read);

    /// <summary><c>--profiles FILE</c>, <c>--profiles none</c>, or the embedded profiles.</summary>
    private static ContextProfiles LoadProfiles(CommandOptions o) =>
        LoadOptional(o, "--profiles", NerResources.Profiles, () => ContextProfiles.Empty, ContextProfiles.Read);

    /// <summary><c>--embedding FILE</c>, <c>--embedding none</c>, or the embedded embedding clusters.</summary>
    private static BrownClusters LoadEmbedding(CommandOptions o) =>
        LoadOptional(o, "--embedding", NerResources.Embedding, () => BrownClusters.Empty, BrownClusters.Read);

    /// <summary><c>--brown FILE</c>, <c>--brown none</c>, or the embedded clusters.</summary>
    private static BrownClusters LoadBrown(CommandOptions o) =>
        LoadOptional(o, "--brown", NerResources.Brown, () => BrownClusters.Empty, BrownClusters.Read);

    private static T LoadOptional<T>(CommandOptions o, string option, Func<T> embedded, Func<T> none, Func<Stream, T> read)
    {
        string? path = o.Optional(option);
        if (path is null)
        {
            return embedded();
        }

        if (path == "none")
        {
            return none();
        }

        using var file = File.OpenRead(path);
        return read(file);
    }

    internal static WordLexicon LoadLexicon(CommandOptions o)
    {
        string? path = o.Optional("--lexicon");
        if (path is null)
        {
            return NerResources.Lexicon();
        }

        using var file = File.OpenRead(path);
        return WordLexicon.Read(file);
    }
}
