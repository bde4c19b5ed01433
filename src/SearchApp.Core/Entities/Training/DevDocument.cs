namespace SearchApp.Core.Entities.Training;

/// <summary>
/// A held-out block of training sentences, scored as <c>ner eval</c> scores a file: decoded
/// sentence by sentence, then names propagated over the block in reading order.
/// </summary>
internal sealed class DevDocument
{
    private readonly EncodedSentence[] _sentences;
    private readonly ulong[][] _keys;
    private readonly int[][] _lengths;

    private DevDocument(EncodedSentence[] sentences, ulong[][] keys, int[][] lengths) =>
        (_sentences, _keys, _lengths) = (sentences, keys, lengths);

    public static DevDocument Of(EncodedSentence[] sentences, FeatureExtractor features) => new(sentences,
        [.. sentences.Select(s => s.Source.Tokens.Select(t => features.Word(t).Stripped).ToArray())],
        [.. sentences.Select(s => s.Source.Tokens.Select(t => t.Length).ToArray())]);

    public SpanScorer Score(float[] weights, float[] transitions)
    {
        var tags = _sentences.Select(s => AveragedWeights.Decode(s, weights, transitions)).ToArray();
        MentionPropagation.Apply(_keys, _lengths, tags);
        var scorer = new SpanScorer();
        for (int i = 0; i < _sentences.Length; i++)
        {
            scorer.Add(_sentences[i].Source.Tags, [.. tags[i].Select(t => BioTags.Names[t])]);
        }

        return scorer;
    }
}
