using System.Globalization;

namespace SearchApp.Core.Analysis;

/// <summary>
/// Builds Data/protected.tsv (the <see cref="ArabicLexicon"/>) from the news corpus and the NER training
/// data. Deterministic: same inputs, same file. Rerun (from the repo root):
/// <c>dotnet run -c Release --project tools/SearchApp.AnalysisTool -- mine-protected
/// ../shared/data/news/saudinewsnet.jsonl.gz ../shared/data/ner/train.conll
/// src/SearchApp.Core/Analysis/Data/protected.tsv</c>.
/// <para>Names (core = article combination removed; words of 3+ letters, not stop words):</para>
/// <list type="bullet">
/// <item>NER: tagged B-/I-PER or B-/I-LOC at least <see cref="MinNerEntity"/> times and in at least
/// half of its occurrences in train.conll (ORG is left out: its tokens are mostly common nouns such as
/// وزارة or اتحاد, which must keep their inflections).</item>
/// <item>Corpus: at least <see cref="MinCueHits"/> occurrences, and at least a fifth of all, right after
/// a person cue (بن, الأمير, الملك, الشيخ, الدكتور ... — only when the word itself has no article, which
/// keeps out "الرئيس التنفيذي") or before بن/ابن/بنت, or right after a place cue (مدينة, محافظة ...).</item>
/// <item>Dropped: cores ending in يه (nisba feminine such as سعودية: an adjective that the stemmer
/// already brings to its masculine form), the cue words themselves, and clitic + name (ومحمد, بمكه).</item>
/// </list>
/// <para>Roots: a word beginning with و, ال or ل that itself follows the article at least
/// <see cref="MinRootEvidence"/> times (الوزير, الالتزام, اللجنة), so its first letters are not a clitic.</para>
/// </summary>
public static class ProtectedWordsMiner
{
    public const int MinNerEntity = 2;
    public const int MinCueHits = 5;
    public const int MinRootEvidence = 3;

    private static readonly HashSet<string> PersonCues = Normalized(
        "بن ابن بنت أبو آل الأمير الأميرة الملك الرئيس الشيخ الشيخة السيد السيدة الدكتور الدكتورة د المهندس اللواء العميد العقيد الفريق المقدم الرائد النقيب المواطن المواطنة الشاب الطفل الطفلة المدرب اللاعب الفنان الفنانة الإعلامي الكاتب الوزير الداعية المستشار الإمام الأستاذ");

    private static readonly HashSet<string> PlaceCues = Normalized(
        "مدينة محافظة دولة عاصمة العاصمة منطقة حي قرية ولاية إقليم جزيرة بلدة مديرية مطار ميناء");

    private static readonly HashSet<string> NameFollowers = Normalized("بن ابن بنت");

    private static HashSet<string> Normalized(string words) =>
        new(words.Split(' ').Select(ArabicFolding.NormalizeText), StringComparer.Ordinal);

    public static string Core(string word) => word[ArabicLightStemmer.ArticleLength(word)..];

    /// <summary>Mines names and roots; returns them sorted (ordinal).</summary>
    public static (SortedSet<string> Names, SortedSet<string> Roots) Mine(CorpusTokens corpus, string conllPath)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var n in MineNer(conllPath).Concat(MineCues(corpus)))
        {
            if (n.Length >= 3 && !n.EndsWith("يه", StringComparison.Ordinal) && !ArabicAnalysis.StopWords.Contains(n)
                && !PersonCues.Contains(n) && !NameFollowers.Contains(n))
            {
                names.Add(n);
            }
        }

        // A clitic plus a name (ومحمد, بمكه, لايران as NER tokens) is not a name of its own: as one it
        // would stop the stemmer from splitting the clitic off.
        names.RemoveWhere(n => ArabicLightStemmer.GuidedProcliticList.Any(
            p => n.Length - p.Length >= 3 && n.StartsWith(p, StringComparison.Ordinal) && names.Contains(n[p.Length..])));
        return (names, MineRoots(corpus));
    }

    private static IEnumerable<string> MineNer(string conllPath)
    {
        var entity = new Dictionary<string, int>(StringComparer.Ordinal);
        var total = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(conllPath))
        {
            var parts = line.Split('\t');
            if (parts.Length < 2)
            {
                continue;
            }

            var core = Core(ArabicFolding.NormalizeText(parts[0]));
            total[core] = total.GetValueOrDefault(core) + 1;
            if (parts[1] is "B-PER" or "I-PER" or "B-LOC" or "I-LOC")
            {
                entity[core] = entity.GetValueOrDefault(core) + 1;
            }
        }

        return entity.Where(e => e.Value >= MinNerEntity && e.Value * 2 >= total[e.Key]).Select(e => e.Key);
    }

    private static IEnumerable<string> MineCues(CorpusTokens corpus)
    {
        var cueHits = new Dictionary<string, int>(StringComparer.Ordinal);
        var coreCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        var words = corpus.Words;
        foreach (var text in corpus.Texts)
        {
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == CorpusTokens.Gap)
                {
                    continue;
                }

                var word = words[text[i]];
                var core = Core(word);
                coreCounts[core] = coreCounts.GetValueOrDefault(core) + 1;
                var previous = i > 0 && text[i - 1] != CorpusTokens.Gap ? words[text[i - 1]] : null;
                var next = i + 1 < text.Length && text[i + 1] != CorpusTokens.Gap ? words[text[i + 1]] : null;
                var bare = core.Length == word.Length;
                var hit = (previous is not null && PlaceCues.Contains(previous))
                    || (bare && previous is not null && PersonCues.Contains(previous))
                    || (bare && next is not null && NameFollowers.Contains(next));
                if (hit)
                {
                    cueHits[core] = cueHits.GetValueOrDefault(core) + 1;
                }
            }
        }

        return cueHits.Where(c => c.Value >= MinCueHits && c.Value * 5 >= coreCounts[c.Key]).Select(c => c.Key);
    }

    private static SortedSet<string> MineRoots(CorpusTokens corpus)
    {
        var roots = new SortedSet<string>(StringComparer.Ordinal);
        for (var id = 0; id < corpus.Words.Count; id++)
        {
            var word = corpus.Words[id];
            if (word.Length >= 5 && word.StartsWith("ال", StringComparison.Ordinal) && corpus.Count(id) >= MinRootEvidence)
            {
                var rest = word[2..];
                if (rest[0] is 'و' or 'ل' || rest.StartsWith("ال", StringComparison.Ordinal))
                {
                    roots.Add(rest);
                }
            }
        }

        return roots;
    }

    /// <summary>Writes the protected.tsv format with a header saying how it was built.</summary>
    public static void Write(TextWriter output, SortedSet<string> names, SortedSet<string> roots, string sources)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(roots);
        output.WriteLine("# GENERATED by ProtectedWordsMiner (src/SearchApp.Core/Analysis/ProtectedWordsMiner.cs); do not edit:");
        output.WriteLine("# rerun the miner, or add words by hand to protected-extra.tsv. Format: kind<TAB>word.");
        output.WriteLine($"# sources: {sources}");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"# thresholds: NER entity >= {MinNerEntity} and >= 50%; corpus cue hits >= {MinCueHits} and >= 20%; root evidence >= {MinRootEvidence}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"# {names.Count} names, {roots.Count} roots"));
        foreach (var n in names)
        {
            output.WriteLine("name\t" + n);
        }

        foreach (var r in roots)
        {
            output.WriteLine("root\t" + r);
        }
    }
}
