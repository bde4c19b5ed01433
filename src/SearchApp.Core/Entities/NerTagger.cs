namespace SearchApp.Core.Entities;

/// <summary>
/// Tags token sequences with a <see cref="TaggerModel"/>. The scores of a word's own features are
/// summed once per distinct word and kept in the feature extractor's word cache, so a token
/// costs only its context features. Thread-safe: buffers are per thread, caches concurrent.
/// </summary>
public sealed class NerTagger(FeatureExtractor features, TaggerModel model)
{
    [ThreadStatic]
    private static FeatureBuffer? t_buffer;

    [ThreadStatic]
    private static float[]? t_emissions;

    public FeatureExtractor Features { get; } = features;

    public TaggerModel Model { get; } = model;

    /// <summary>The best tag index (see <see cref="BioTags.Names"/>) of every token.</summary>
    public int[] TagIndices(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var best = new int[tokens.Count];
        Viterbi.Decode(Emissions(tokens), Model.Transitions, tokens.Count, best);
        return best;
    }

    /// <summary>
    /// The first stage's score of every tag at every token (<c>[token * tags + tag]</c>), in a
    /// per-thread buffer that the next call reuses.
    /// </summary>
    public Span<float> Emissions(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var buffer = t_buffer ??= new FeatureBuffer { NeighbourScores = true };
        Features.Extract(tokens, Model.Trained, buffer);
        int tags = BioTags.Count;
        int size = tokens.Count * tags;
        if (t_emissions is null || t_emissions.Length < size)
        {
            t_emissions = new float[Math.Max(size, 1024)];
        }

        var emissions = t_emissions.AsSpan(0, size);
        emissions.Clear();
        int n = tokens.Count;
        for (int i = 0; i < n; i++)
        {
            var own = ScoresOf(buffer.Words[i]).Values;
            var target = emissions.Slice(i * tags, tags);
            for (int t = 0; t < tags; t++)
            {
                target[t] = own[t];
            }

            Model.AddRows(buffer.Keys.AsSpan(buffer.IntrinsicEnd[i], buffer.Offsets[i + 1] - buffer.IntrinsicEnd[i]), target);
        }

        // What each word gives its neighbours from itself alone, summed once per distinct word.
        for (int j = 0; j < n; j++)
        {
            var given = ScoresOf(buffer.Words[j]).Neighbours;
            for (int s = 0; s < ContextFeatures.NeighbourOffsets.Length; s++)
            {
                int i = j - ContextFeatures.NeighbourOffsets[s]; // the token that sees word j at offset d = j - i
                if (i >= 0 && i < n)
                {
                    var target = emissions.Slice(i * tags, tags);
                    var row = given.AsSpan(s * tags, tags);
                    for (int t = 0; t < tags; t++)
                    {
                        target[t] += row[t];
                    }
                }
            }
        }

        return emissions;
    }

    private OwnScores ScoresOf(WordFeatures word)
    {
        var cached = word.Scores;
        if (cached is null || !ReferenceEquals(cached.Model, Model))
        {
            word.Scores = cached = new OwnScores(Model, WordScores(word), NeighbourScores(word));
        }

        return cached;
    }

    private float[] NeighbourScores(WordFeatures word)
    {
        int tags = BioTags.Count;
        var scores = new float[ContextFeatures.NeighbourOffsets.Length * tags];
        var keys = new List<ulong>(16);
        for (int s = 0; s < ContextFeatures.NeighbourOffsets.Length; s++)
        {
            keys.Clear();
            ContextFeatures.NeighbourKeys(word, ContextFeatures.NeighbourOffsets[s], null, keys);
            Model.AddRows(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(keys), scores.AsSpan(s * tags, tags));
        }

        return scores;
    }

    public string[] Tag(IReadOnlyList<string> tokens) =>
        [.. TagIndices(tokens).Select(t => BioTags.Names[t])];

    /// <summary>
    /// Tags the sentences of one document (an article, or a CoNLL file in reading order), completes
    /// names cut short by the curated lists (<see cref="SpanCompletion"/>), then marks recurring names
    /// the sentence-level tagger missed (<see cref="MentionPropagation"/>).
    /// </summary>
    public int[][] TagDocument(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var tags = new int[sentences.Count][];
        var keys = new ulong[sentences.Count][];
        var lengths = new int[sentences.Count][];
        var marks = new SpanCompletion.DocumentMarks();
        for (int s = 0; s < sentences.Count; s++)
        {
            var tokens = sentences[s];
            tags[s] = TagIndices(tokens);
            var words = t_buffer!.Words.AsSpan(0, tokens.Count); // what tagging just looked up
            SpanCompletion.CompleteSentence(Features.Curated, Features.Triggers, words, tags[s], s, marks);
            keys[s] = new ulong[tokens.Count];
            lengths[s] = new int[tokens.Count];
            for (int i = 0; i < tokens.Count; i++)
            {
                keys[s][i] = words[i].Stripped;
                lengths[s][i] = tokens[i].Length;
            }
        }

        SpanCompletion.CompleteDocument(keys, lengths, tags, marks);
        return tags;
    }

    private float[] WordScores(WordFeatures word)
    {
        var scores = new float[BioTags.Count];
        Model.AddRows(word.Keys, scores);
        return scores;
    }
}
