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
            ("ours, stemmed (title+body)", ArabicAnalysis.CreateStemmedAnalyzer, ["body"]),
            ("ours, exact (title.exact+body.exact)", ArabicAnalysis.CreateExactAnalyzer, ["body.exact"]),
            ("ours, index = stemmed + exact", ArabicAnalysis.CreateIndexAnalyzer, ["body", "body.exact"]),
        };
        var analyzers = setups.Select(s => s.Create()).ToArray();
        var results = setups.Select(_ => new List<AnalysisBenchmark.Result>()).ToArray();
        for (var i = 0; i < setups.Length; i++)
        {
            AnalysisBenchmark.Run(setups[i].Name, analyzers[i], texts.Take(2000).ToList(), setups[i].Fields); // warm-up
        }

        // Round robin, so a burst of load from other processes hits every setup alike.
        for (var run = 0; run < runs; run++)
        {
            for (var i = 0; i < setups.Length; i++)
            {
                results[i].Add(AnalysisBenchmark.Run(setups[i].Name, analyzers[i], texts, setups[i].Fields));
            }
        }

        Console.WriteLine($"{"setup",-40} {"tokens",10}  {"wall s",7} {"cpu s",7}  {"tokens/s wall",13} {"tokens/cpu-s",13}  articles/s wall");
        for (var i = 0; i < setups.Length; i++)
        {
            var wall = results[i].OrderBy(r => r.Seconds).ElementAt(runs / 2);
            var cpu = results[i].OrderBy(r => r.CpuSeconds).ElementAt(runs / 2);
            Console.WriteLine(string.Create(invariant,
                $"{setups[i].Name,-40} {wall.Tokens,10:N0}  {wall.Seconds,7:F2} {cpu.CpuSeconds,7:F2}  {wall.TokensPerSecond,13:N0} {cpu.TokensPerCpuSecond,13:N0}  {wall.Texts / 2 / wall.Seconds,8:N0}   runs wall: {string.Join(", ", results[i].Select(r => r.Seconds.ToString("F2", invariant)))}"));
            analyzers[i].Dispose();
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
