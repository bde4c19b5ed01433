using System.Globalization;
using System.Text;
using SearchApp.Core.Analysis;
using SearchApp.Core.Articles;

namespace SearchApp.Core.Evaluation;

/// <summary>
/// Writes the judging pool: for every query, the union of the top K of every system, interleaved by rank
/// (rank 1 of each system, then rank 2...) so no system's documents come first; then, per article, which
/// systems returned it at which rank (<c>pool.tsv</c>) and what a judge reads (<c>pool.txt</c>): title,
/// the opening of the body and the sentences holding a query word.
/// </summary>
public sealed class PoolWriter
{
    private static readonly char[] SentenceEnds = ['.', '!', '?', '؟', '\n', '،'];
    private readonly IReadOnlyDictionary<string, Article> _articles;

    public PoolWriter(IEnumerable<Article> articles) =>
        _articles = articles.ToDictionary(a => a.Id, StringComparer.Ordinal);

    public int LeadChars { get; init; } = 600;

    public int MaxSentences { get; init; } = 4;

    /// <summary>The pool of one query: article id → "system:rank" tags, in interleaved order.</summary>
    public static List<(string Id, List<string> Tags)> Pool(IReadOnlyList<(string System, IReadOnlyList<string> Ranked)> runs)
    {
        var pool = new List<(string Id, List<string> Tags)>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var rank = 0; rank < runs.Max(r => r.Ranked.Count); rank++)
        {
            foreach (var (system, ranked) in runs.Where(r => rank < r.Ranked.Count))
            {
                var id = ranked[rank];
                if (!index.TryGetValue(id, out var at))
                {
                    index[id] = at = pool.Count;
                    pool.Add((id, []));
                }

                pool[at].Tags.Add(string.Create(CultureInfo.InvariantCulture, $"{system}:{rank + 1}"));
            }
        }

        return pool;
    }

    public int Write(string directory, IReadOnlyList<EvalQuery> queries, IReadOnlyList<IRankingSystem> systems, int k, RelevanceJudgments judged)
    {
        Directory.CreateDirectory(directory);
        var tsv = new StringBuilder("query\tarticle\tsystems\tgrade\n");
        var txt = new StringBuilder();
        var total = 0;
        foreach (var query in queries)
        {
            var pool = Pool(systems.Select(s => (s.Name, s.Search(query.Text, k))).ToList());
            txt.Append(CultureInfo.InvariantCulture, $"=== {query.Id} [{query.Type}] {query.Text}\nNEED: {query.Need}\nPOOL: {pool.Count}\n\n");
            var n = 0;
            foreach (var (id, tags) in pool)
            {
                var grade = judged.Grade(query.Id, id)?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
                tsv.Append(CultureInfo.InvariantCulture, $"{query.Id}\t{id}\t{string.Join(' ', tags)}\t{grade}\n");
                AppendArticle(txt, ++n, id, tags, query.Text);
            }

            total += pool.Count;
        }

        File.WriteAllText(Path.Combine(directory, "pool.tsv"), tsv.ToString());
        File.WriteAllText(Path.Combine(directory, "pool.txt"), txt.ToString());
        return total;
    }

    private void AppendArticle(StringBuilder txt, int n, string id, List<string> tags, string query)
    {
        if (!_articles.TryGetValue(id, out var a))
        {
            txt.Append(CultureInfo.InvariantCulture, $"[{n}] {id} (not in corpus)\n\n");
            return;
        }

        var lead = a.Body.Length <= LeadChars ? a.Body : a.Body[..LeadChars] + "…";
        txt.Append(CultureInfo.InvariantCulture, $"[{n}] {id} ({string.Join(' ', tags)})\nT: {a.Title}\nL: {lead.Replace('\n', ' ')}\n");
        foreach (var sentence in MatchingSentences(a.Body[Math.Min(a.Body.Length, LeadChars)..], query).Take(MaxSentences))
        {
            txt.Append("S: ").Append(sentence).Append('\n');
        }

        txt.Append('\n');
    }

    /// <summary>Sentences holding a query word's core (normalised, article and و/ب/ل and final ه/ي stripped).</summary>
    public static IEnumerable<string> MatchingSentences(string text, string query)
    {
        var cores = Cores(query);
        if (cores.Count == 0)
        {
            yield break;
        }

        foreach (var raw in text.Split(SentenceEnds, StringSplitOptions.RemoveEmptyEntries))
        {
            var sentence = raw.Trim();
            var folded = ArabicAnalysis.Normalize(sentence);
            if (sentence.Length > 0 && cores.Any(c => folded.Contains(c, StringComparison.Ordinal)))
            {
                yield return sentence.Length > 300 ? sentence[..300] + "…" : sentence;
            }
        }
    }

    private static List<string> Cores(string query)
    {
        var cores = new List<string>();
        foreach (var word in ArabicAnalysis.Normalize(query.Replace("\"", " ", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var core = word;
            foreach (var prefix in new[] { "وال", "بال", "لل", "ال" })
            {
                if (core.Length - prefix.Length >= 3 && core.StartsWith(prefix, StringComparison.Ordinal))
                {
                    core = core[prefix.Length..];
                    break;
                }
            }

            core = core.Length >= 4 && core[^1] is 'ه' or 'ي' or 'ى' ? core[..^1] : core;
            if (core.Length >= 3 && !ArabicAnalysis.StopWords.Contains(word))
            {
                cores.Add(core);
            }
        }

        return cores;
    }
}
