using System.Diagnostics;

namespace SearchApp.Core.Entities.Training;

/// <summary>
/// Brown clusters (Brown, deSouza, Mercer, Della Pietra &amp; Lai 1992, "Class-based n-gram models of
/// natural language") of the most frequent normalised words of unlabelled news: a binary merge tree
/// whose root-to-leaf bit strings give word classes at every granularity, the word representation
/// that helped feature-based NER most on new domains (Ratinov &amp; Roth 2009; Turian, Ratinov &amp;
/// Bengio 2010). Collects word bigrams within sentences; <see cref="BrownMerger"/> does the
/// clustering. Deterministic.
/// </summary>
/// <remarks>
/// With a <paramref name="lexicon"/>, words are clustered in their proclitic-free form
/// (<c>وللهلال</c> → <c>الهلال</c>), so a name's contexts are not split over its clitic variants.
/// </remarks>
public sealed class BrownClusterer(TextWriter log, WordLexicon? lexicon = null)
{
    private readonly WordCorpus _corpus = new();

    public void AddText(string text)
    {
        foreach (var sentence in NerTokenizer.Sentences(text))
        {
            foreach (var token in sentence)
            {
                string norm = ArabicKey.Normalize(token.Text);
                _corpus.Add(lexicon is null ? norm : lexicon.StripOf(norm));
            }

            _corpus.EndSentence();
        }
    }

    /// <summary>
    /// Clusters the <paramref name="vocabulary"/> most frequent words with a window of
    /// <paramref name="clusters"/> classes; returns each word with its bit string and count, most
    /// frequent first (ties by word, so output files are reproducible).
    /// </summary>
    public List<(string Word, string Bits, long Count)> Build(int vocabulary, int clusters)
    {
        var clock = Stopwatch.StartNew();
        var (words, counts, tokens) = (_corpus.Words, _corpus.Counts, _corpus.Tokens);
        var byFrequency = _corpus.ByFrequency().Take(vocabulary).ToArray();
        int v = byFrequency.Length;
        var rank = new int[words.Count];
        Array.Fill(rank, -1);
        for (int r = 0; r < v; r++)
        {
            rank[byFrequency[r]] = r;
        }

        // Bigrams between ranked words; rarer words and sentence ends break the chain.
        var bigrams = new Dictionary<long, int>();
        for (int k = 1; k < tokens.Count; k++)
        {
            int a = tokens[k - 1], b = tokens[k];
            if (a >= 0 && b >= 0 && rank[a] >= 0 && rank[b] >= 0)
            {
                long key = ((long)rank[a] * v) + rank[b];
                bigrams[key] = bigrams.GetValueOrDefault(key) + 1;
            }
        }

        var right = new List<(int Word, int Count)>[v];
        var left = new List<(int Word, int Count)>[v];
        for (int r = 0; r < v; r++)
        {
            (right[r], left[r]) = ([], []);
        }

        foreach (var (key, count) in bigrams.OrderBy(p => p.Key))
        {
            int a = (int)(key / v), b = (int)(key % v);
            right[a].Add((b, count));
            left[b].Add((a, count));
        }

        log.WriteLine($"brown: {v} words, {bigrams.Count} distinct bigrams, counted in {clock.Elapsed.TotalSeconds:0.0} s");
        var unigrams = byFrequency.Select(i => counts[i]).ToArray();
        var bits = new BrownMerger(unigrams, right, left, clusters, log).Run();
        log.WriteLine($"brown: clustered in {clock.Elapsed.TotalSeconds:0.0} s");
        return [.. Enumerable.Range(0, v).Select(r => (words[byFrequency[r]], bits[r], counts[byFrequency[r]]))];
    }
}
