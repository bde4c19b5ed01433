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

    private readonly WordCorpus _corpus = new();
    private readonly Dictionary<string, long> _spellings = new(StringComparer.Ordinal);

    public void AddText(string text)
    {
        foreach (var sentence in NerTokenizer.Sentences(text))
        {
            foreach (var token in sentence)
            {
                string spelling = ArabicKey.StripMarks(token.Text);
                _corpus.Add(ArabicKey.Normalize(spelling));
                _spellings[spelling] = _spellings.GetValueOrDefault(spelling) + 1;
            }

            _corpus.EndSentence();
        }
    }

    /// <summary>Entries sorted by descending count, then by word (so output files are reproducible).</summary>
    public List<(string Word, LexiconEntry Entry)> Build()
    {
        var clock = Stopwatch.StartNew();
        var (words, counts) = (_corpus.Words, _corpus.Counts);
        log.WriteLine($"corpus: {_corpus.Tokens.Count} tokens, {words.Count} distinct normalised words");
        var byFrequency = _corpus.ByFrequency();
        var targets = byFrequency.Where(i => counts[i] >= MinTargetCount).Take(MaxTargets).ToArray();
        var vectors = new ContextVectors(_corpus.Tokens, counts, byFrequency.Take(Contexts).ToArray(), Offsets, Dimensions).Project(targets);
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
        foreach (int i in byFrequency.TakeWhile(i => counts[i] >= MinCount))
        {
            var path = clusterOf.GetValueOrDefault(i) ?? [0, 0, 0];
            result.Add((words[i], new LexiconEntry(counts[i], display[words[i]].Spelling, path[0], path[1], path[2], words[i])));
        }

        return result;
    }
}
