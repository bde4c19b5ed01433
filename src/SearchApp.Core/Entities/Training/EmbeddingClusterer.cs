using System.Diagnostics;

namespace SearchApp.Core.Entities.Training;

/// <summary>
/// Word classes from skip-gram embeddings of the proclitic-free words of unlabelled news: the
/// vectors (<see cref="SkipGram"/>) are clustered top-down by spherical k-means and each word's
/// path is written as a bit string, so <see cref="BrownClusters"/> reads the file and prefixes give
/// coarse and fine classes. Embedding clusters complement Brown clusters, which see only the next
/// word (Turian, Ratinov &amp; Bengio 2010; Guo, Che, Wang &amp; Liu 2014, "Revisiting Embedding
/// Features for Simple Semi-supervised Learning"). Deterministic.
/// </summary>
public sealed class EmbeddingClusterer(TextWriter log, WordLexicon lexicon)
{
    /// <summary>Bits per level of the tree: 16 × 8 × 16 classes.</summary>
    public static IReadOnlyList<int> LevelBits { get; } = [4, 3, 4];

    private readonly WordCorpus _corpus = new();

    public void AddText(string text)
    {
        foreach (var sentence in NerTokenizer.Sentences(text))
        {
            foreach (var token in sentence)
            {
                _corpus.Add(lexicon.StripOf(ArabicKey.Normalize(token.Text)));
            }

            _corpus.EndSentence();
        }
    }

    /// <summary>Embeds and clusters the <paramref name="vocabulary"/> most frequent words seen at least <paramref name="minCount"/> times.</summary>
    public List<(string Word, string Bits, long Count)> Build(int vocabulary, int minCount, int dimensions, int epochs, int window = 5)
    {
        var clock = Stopwatch.StartNew();
        var (words, counts) = (_corpus.Words, _corpus.Counts);
        var byFrequency = _corpus.ByFrequency().Where(i => counts[i] >= minCount).Take(vocabulary).ToArray();
        var rank = new int[words.Count];
        Array.Fill(rank, -2);
        for (int r = 0; r < byFrequency.Length; r++)
        {
            rank[byFrequency[r]] = r;
        }

        // Rarer words are dropped (as word2vec does), sentence ends stay as −1.
        var tokens = _corpus.Tokens.Select(t => t < 0 ? -1 : rank[t]).Where(r => r != -2).ToArray();
        var ranked = byFrequency.Select(i => counts[i]).ToArray();
        log.WriteLine($"embeddings: {byFrequency.Length} words, {tokens.Length} tokens");
        var vectors = new SkipGram(dimensions, window, epochs).Train(tokens, ranked, log);
        log.WriteLine($"embeddings: trained in {clock.Elapsed.TotalSeconds:0.0} s");
        foreach (var v in vectors)
        {
            SphericalKMeans.Normalize(v);
        }

        var branching = LevelBits.Select(b => 1 << b).ToArray();
        var paths = SphericalKMeans.Hierarchical(vectors, branching, seed: 2014);
        log.WriteLine($"embeddings: clustered in {clock.Elapsed.TotalSeconds:0.0} s");
        return [.. Enumerable.Range(0, byFrequency.Length).Select(r => (words[byFrequency[r]], Bits(paths[r], branching), counts[byFrequency[r]]))];
    }

    /// <summary>The path as bits: at each level the cluster's index within its parent.</summary>
    private static string Bits(int[] path, int[] branching)
    {
        var sb = new System.Text.StringBuilder();
        for (int level = 0; level < path.Length; level++)
        {
            int local = (path[level] - 1) % branching[level];
            sb.Append(Convert.ToString(local, 2).PadLeft(LevelBits[level], '0'));
        }

        return sb.ToString();
    }
}
