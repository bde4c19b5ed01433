using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using SearchApp.Core.Analysis;

// Commands (run from the repo root, Release build):
//   mine-protected CORPUS.jsonl.gz TRAIN.conll OUT.tsv   -> src/SearchApp.Core/Analysis/Data/protected.tsv
//   mine-variants CORPUS.jsonl.gz OUT.tsv                -> candidates to review for Data/variants.tsv
//   bench CORPUS.jsonl.gz [RUNS]                         -> analysis throughput, ours vs stock
//   show TEXT...                                         -> tokens of each chain, for eyeballing
var invariant = CultureInfo.InvariantCulture;
switch (args.FirstOrDefault())
{
    case "mine-protected" when args.Length == 4:
    {
        var corpus = CorpusTokens.Load(args[1]);
        var (names, roots) = ProtectedWordsMiner.Mine(corpus, args[2]);
        using var output = new StreamWriter(args[3]) { NewLine = "\n" };
        ProtectedWordsMiner.Write(output, names, roots, $"{Path.GetFileName(args[1])}, {Path.GetFileName(args[2])}");
        Console.WriteLine($"{names.Count} names, {roots.Count} roots -> {args[3]}");
        return 0;
    }

    case "mine-variants" when args.Length == 3:
    {
        var corpus = CorpusTokens.Load(args[1]);
        var candidates = VariantMiner.Mine(corpus, ArabicAnalysis.Lexicon);
        using var output = new StreamWriter(args[2]) { NewLine = "\n" };
        VariantMiner.Write(output, candidates);
        Console.WriteLine($"{candidates.Count} candidates -> {args[2]}");
        return 0;
    }

    case "bench" when args.Length is 2 or 3:
    {
        var runs = args.Length == 3 ? int.Parse(args[2], invariant) : 3;
        var texts = CorpusTokens.ReadTexts(args[1]).ToList();
        Console.WriteLine($"{texts.Count} texts (titles and bodies), {runs} runs each, medians:");
        var setups = new (string Name, Func<Analyzer> Create, string[] Fields)[]
        {
            ("stock ArabicAnalyzer (title+body)", ArabicAnalysis.CreateBaselineAnalyzer, ["body"]),
            ("ours, stemmed only (title+body)", ArabicAnalysis.CreateStemmedAnalyzer, ["body"]),
            ("ours, exact only (title.exact+body.exact)", ArabicAnalysis.CreateExactAnalyzer, ["body.exact"]),
            ("ours, index = stemmed + exact", ArabicAnalysis.CreateIndexAnalyzer, ["body", "body.exact"]),
        };
        foreach (var (name, create, fields) in setups)
        {
            using var analyzer = create();
            AnalysisBenchmark.Run(name, analyzer, texts.Take(2000).ToList(), fields); // warm-up (JIT, caches)
            var results = Enumerable.Range(0, runs).Select(_ => AnalysisBenchmark.Run(name, analyzer, texts, fields))
                .OrderBy(r => r.Seconds).ToList();
            var median = results[results.Count / 2];
            Console.WriteLine(string.Create(invariant,
                $"{name,-45} {median.Tokens,10:N0} tokens  {median.Seconds,6:F2} s  {median.TokensPerSecond,12:N0} tokens/s  {median.TextsPerSecond / 2,8:N0} articles/s  (runs: {string.Join(", ", results.Select(r => r.Seconds.ToString("F2", invariant)))} s)"));
        }

        return 0;
    }

    case "show" when args.Length >= 2:
    {
        var text = string.Join(' ', args.Skip(1));
        foreach (var (name, create) in new (string, Func<Analyzer>)[]
                 {
                     ("stock", ArabicAnalysis.CreateBaselineAnalyzer), ("stemmed", ArabicAnalysis.CreateStemmedAnalyzer),
                     ("exact", ArabicAnalysis.CreateExactAnalyzer),
                 })
        {
            using var analyzer = create();
            using var stream = analyzer.GetTokenStream("body", text);
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            var tokens = new List<string>();
            while (stream.IncrementToken())
            {
                tokens.Add(term.ToString());
            }

            stream.End();
            Console.WriteLine($"{name,-8} {string.Join(" | ", tokens)}");
        }

        return 0;
    }

    default:
        Console.Error.WriteLine("usage: mine-protected CORPUS CONLL OUT | mine-variants CORPUS OUT | bench CORPUS [RUNS] | show TEXT...");
        return 2;
}
