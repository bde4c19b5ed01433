using System.Globalization;

namespace SearchApp.Core.Analysis;

/// <summary>
/// Proposes spelling-variant pairs for Data/variants.tsv from a corpus; a person then reviews them
/// (drops false pairs such as عدد/عديد, which differ by an Arabic pattern, not by transliteration).
/// Rerun: <c>dotnet run -c Release --project tools/SearchApp.AnalysisTool -- mine-variants CORPUS OUT.tsv</c>.
/// <list type="number">
/// <item>Vocabulary: cores (article removed) of surface tokens, at least <see cref="MinCount"/> times,
/// four letters or more, Arabic letters only.</item>
/// <item>Candidates: same <see cref="ConsonantSkeleton"/>, edit distance at most 2, same first letter
/// class and same last letter (so a pair is not just an inflection or a prefixed verb), and different
/// light stems (pairs the stemmer already conflates need no map).</item>
/// <item>Evidence: cosine similarity of the two words' neighbour distributions (core of the word before
/// and after, by side) at least <see cref="MinContextCosine"/>: spellings of one name share neighbours
/// (دونالد ترامب / دونالد ترمب); only <see cref="MinSubstitutionCosine"/> for a pure letter-class
/// substitution such as جوجل/غوغل, whose contexts are often share-button boilerplate.</item>
/// </list>
/// Output: score (cosine), both words with counts, sorted by score.
/// </summary>
public static class VariantMiner
{
    public const int MinCount = 10;
    public const double MinContextCosine = 0.3;

    /// <summary>Pairs that differ only by letters of one merged class (جوجل/غوغل) are strong evidence
    /// by their shape; their contexts are often boilerplate (share buttons), so a weak cosine suffices.</summary>
    public const double MinSubstitutionCosine = 0.05;

    public sealed record Candidate(string A, int CountA, string B, int CountB, double Cosine);

    public static List<Candidate> Mine(CorpusTokens corpus, ArabicLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var stemmer = new ArabicLightStemmer(lexicon);
        var coreCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var id = 0; id < corpus.Words.Count; id++)
        {
            var core = ProtectedWordsMiner.Core(corpus.Words[id]);
            coreCounts[core] = coreCounts.GetValueOrDefault(core) + corpus.Count(id);
        }

        var bySkeleton = coreCounts
            .Where(c => c.Value >= MinCount && c.Key.Length >= 4 && c.Key.All(ch => ch is >= 'ء' and <= 'ي'))
            .GroupBy(c => ConsonantSkeleton.Of(c.Key))
            .Where(g => g.Key.Length >= 2 && g.Count() > 1);
        var pairs = new List<(string A, string B)>();
        foreach (var group in bySkeleton)
        {
            var members = group.Select(g => g.Key).OrderBy(k => k, StringComparer.Ordinal).ToArray();
            for (var i = 0; i < members.Length; i++)
            {
                for (var j = i + 1; j < members.Length; j++)
                {
                    if (IsVariantShape(members[i], members[j]) && stemmer.Stem(members[i]) != stemmer.Stem(members[j])
                        && !IsCliticCopy(members[i], members[j], coreCounts))
                    {
                        pairs.Add((members[i], members[j]));
                    }
                }
            }
        }

        var contexts = NeighbourVectors(corpus, pairs.SelectMany(p => new[] { p.A, p.B }).ToHashSet(StringComparer.Ordinal));
        return [.. pairs
            .Select(p => new Candidate(p.A, coreCounts[p.A], p.B, coreCounts[p.B], Cosine(contexts[p.A], contexts[p.B])))
            .Where(c => c.Cosine >= (IsClassSubstitution(c.A, c.B) ? MinSubstitutionCosine : MinContextCosine))
            .OrderByDescending(c => c.Cosine).ThenBy(c => c.A, StringComparer.Ordinal)];
    }

    /// <summary>Same first letter (or both from one merged class such as ج/غ), same last letter, edit
    /// distance 1 or 2. The first-letter test keeps out verb forms (وافق/يوافق) and prefixed words.</summary>
    public static bool IsVariantShape(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var sameStart = a[0] == b[0] || (ConsonantSkeleton.Class(a[0]) == ConsonantSkeleton.Class(b[0]) && ConsonantSkeleton.Class(a[0]) != '\0');
        return sameStart && a[^1] == b[^1] && EditDistance(a, b) is >= 1 and <= 2;
    }

    /// <summary>Same length, and every differing position holds two letters of one merged class.</summary>
    public static bool IsClassSubstitution(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Length != b.Length)
        {
            return false;
        }

        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] != b[i] && (ConsonantSkeleton.Class(a[i]) != ConsonantSkeleton.Class(b[i]) || ConsonantSkeleton.Class(a[i]) == '\0'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>وامريكا/واميركا when امريكا/اميركا are words too: the expander handles the clitic.</summary>
    private static bool IsCliticCopy(string a, string b, Dictionary<string, int> counts) =>
        a[0] == b[0] && a[0] is 'و' or 'ب' or 'ل' or 'ك' or 'ف'
            && counts.GetValueOrDefault(a[1..]) >= MinCount && counts.GetValueOrDefault(b[1..]) >= MinCount;

    public static int EditDistance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    private static Dictionary<string, Dictionary<string, int>> NeighbourVectors(CorpusTokens corpus, HashSet<string> wanted)
    {
        var vectors = wanted.ToDictionary(w => w, _ => new Dictionary<string, int>(StringComparer.Ordinal), StringComparer.Ordinal);
        var words = corpus.Words;
        foreach (var text in corpus.Texts)
        {
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == CorpusTokens.Gap || !vectors.TryGetValue(ProtectedWordsMiner.Core(words[text[i]]), out var vector))
                {
                    continue;
                }

                if (i > 0 && text[i - 1] != CorpusTokens.Gap)
                {
                    var key = "<" + ProtectedWordsMiner.Core(words[text[i - 1]]);
                    vector[key] = vector.GetValueOrDefault(key) + 1;
                }

                if (i + 1 < text.Length && text[i + 1] != CorpusTokens.Gap)
                {
                    var key = ">" + ProtectedWordsMiner.Core(words[text[i + 1]]);
                    vector[key] = vector.GetValueOrDefault(key) + 1;
                }
            }
        }

        return vectors;
    }

    private static double Cosine(Dictionary<string, int> a, Dictionary<string, int> b)
    {
        double dot = 0, na = 0, nb = 0;
        foreach (var (key, value) in a)
        {
            na += (double)value * value;
            if (b.TryGetValue(key, out var other))
            {
                dot += (double)value * other;
            }
        }

        foreach (var value in b.Values)
        {
            nb += (double)value * value;
        }

        return na == 0 || nb == 0 ? 0 : dot / Math.Sqrt(na * nb);
    }

    public static void Write(TextWriter output, IEnumerable<Candidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(candidates);
        output.WriteLine("# cosine\tA\tcount\tB\tcount   (VariantMiner candidates: review by hand before adding to variants.tsv)");
        foreach (var c in candidates)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{c.Cosine:F3}\t{c.A}\t{c.CountA}\t{c.B}\t{c.CountB}"));
        }
    }
}
