using System.Diagnostics;

namespace SearchApp.Core.Entities.Training;

/// <summary>
/// Builds the <see cref="WordLexicon"/> from unlabelled text: word counts, the most frequent
/// spelling of each normalised word, and three-level word clusters. A word is represented by the
/// positive PMI of its neighbours at offsets ±1 and ±2 among the most frequent words (Levy &amp;
/// Goldberg 2014 show PPMI context vectors rival neural embeddings), reduced to a dense vector by
/// truncated SVD, then clustered by hierarchical spherical k-means so that, as
/// with Brown cluster prefixes, coarse and fine classes are both features. Deterministic (seeded).
/// </summary>
public sealed class LexiconBuilder(TextWriter log)
{
    /// <summary>Words rarer than this are left out of the lexicon.</summary>
    public const int MinCount = 3;

    private const int MaxTargets = 100_000, MinTargetCount = 5, Contexts = 3000, Dimensions = 100;
    private static readonly int[] Offsets = [-2, -1, 1, 2];
    private static readonly int[] Branching = [32, 8, 16];

    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _words = [];
    private readonly List<long> _counts = [];
    private readonly Dictionary<string, long> _spellings = new(StringComparer.Ordinal);
    private readonly List<int> _corpus = []; // word ids, -1 between sentences

    public void AddText(string text)
    {
        foreach (var sentence in NerTokenizer.Sentences(text))
        {
            foreach (var token in sentence)
            {
                string spelling = ArabicKey.StripMarks(token.Text);
                string norm = ArabicKey.Normalize(spelling);
                if (!_ids.TryGetValue(norm, out int id))
                {
                    id = _words.Count;
                    _ids[norm] = id;
                    _words.Add(norm);
                    _counts.Add(0);
                }

                _counts[id]++;
                _spellings[spelling] = _spellings.GetValueOrDefault(spelling) + 1;
                _corpus.Add(id);
            }

            _corpus.Add(-1);
        }
    }

    /// <summary>Entries sorted by descending count, then by word (so output files are reproducible).</summary>
    public List<(string Word, LexiconEntry Entry)> Build()
    {
        var clock = Stopwatch.StartNew();
        log.WriteLine($"corpus: {_corpus.Count} tokens, {_words.Count} distinct normalised words");
        var byFrequency = Enumerable.Range(0, _words.Count)
            .OrderByDescending(i => _counts[i]).ThenBy(i => _words[i], StringComparer.Ordinal).ToArray();
        var targets = byFrequency.Where(i => _counts[i] >= MinTargetCount).Take(MaxTargets).ToArray();
        var vectors = new ContextVectors(_corpus, _counts, byFrequency.Take(Contexts).ToArray(), Offsets, Dimensions).Project(targets);
        log.WriteLine($"context vectors for {targets.Length} words in {clock.Elapsed.TotalSeconds:0.0} s");
        var paths = SphericalKMeans.Hierarchical(vectors, Branching, seed: 2015);
        log.WriteLine($"clusters in {clock.Elapsed.TotalSeconds:0.0} s");

        var clusterOf = new Dictionary<int, int[]>();
        for (int k = 0; k < targets.Length; k++)
        {
            clusterOf[targets[k]] = paths[k];
        }

        var display = new Dictionary<string, (string Spelling, long Count)>(StringComparer.Ordinal);
        foreach (var (spelling, count) in _spellings.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            string norm = ArabicKey.Normalize(spelling);
            if (!display.TryGetValue(norm, out var best) || count > best.Count)
            {
                display[norm] = (spelling, count);
            }
        }

        var result = new List<(string, LexiconEntry)>();
        foreach (int i in byFrequency.TakeWhile(i => _counts[i] >= MinCount))
        {
            var path = clusterOf.GetValueOrDefault(i) ?? [0, 0, 0];
            result.Add((_words[i], new LexiconEntry(_counts[i], display[_words[i]].Spelling, path[0], path[1], path[2], _words[i])));
        }

        return result;
    }
}
