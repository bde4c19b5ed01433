namespace SearchApp.Core.Entities.Training;

/// <summary>
/// A held-out block of training sentences, scored as <c>ner eval</c> scores a file: decoded
/// sentence by sentence, names completed from the curated lists, then names propagated over the
/// block in reading order.
/// </summary>
internal sealed class DevDocument
{
    private readonly EncodedSentence[] _sentences;
    private readonly ulong[][] _keys;
    private readonly int[][] _lengths;
    private readonly WordFeatures[][] _words;
    private readonly Gazetteer _curated;

    private DevDocument(EncodedSentence[] sentences, WordFeatures[][] words, Gazetteer curated)
    {
        (_sentences, _words, _curated) = (sentences, words, curated);
        _keys = [.. words.Select(w => w.Select(x => x.Stripped).ToArray())];
        _lengths = [.. sentences.Select(s => s.Source.Tokens.Select(t => t.Length).ToArray())];
    }

    public static DevDocument Of(EncodedSentence[] sentences, FeatureExtractor features) =>
        new(sentences, [.. sentences.Select(s => s.Source.Tokens.Select(features.Word).ToArray())], features.Curated);

    public SpanScorer Score(float[] weights, float[] transitions)
    {
        var tags = Tag(weights, transitions);
        var scorer = new SpanScorer();
        for (int i = 0; i < _sentences.Length; i++)
        {
            scorer.Add(_sentences[i].Source.Tags, [.. tags[i].Select(t => BioTags.Names[t])]);
        }

        return scorer;
    }

    /// <summary>Writes token, gold and predicted tag per line, a blank line after each sentence (error analysis).</summary>
    public void Dump(float[] weights, float[] transitions, TextWriter output)
    {
        var tags = Tag(weights, transitions);
        for (int i = 0; i < _sentences.Length; i++)
        {
            var source = _sentences[i].Source;
            for (int k = 0; k < source.Tokens.Count; k++)
            {
                output.WriteLine($"{source.Tokens[k]}\t{source.Tags[k]}\t{BioTags.Names[tags[i][k]]}");
            }

            output.WriteLine();
        }
    }

    private int[][] Tag(float[] weights, float[] transitions)
    {
        var tags = _sentences.Select(s => AveragedWeights.Decode(s, weights, transitions)).ToArray();
        for (int i = 0; i < tags.Length; i++)
        {
            SpanCompletion.Apply(_curated, _words[i], tags[i]);
        }

        MentionPropagation.Apply(_keys, _lengths, tags);
        return tags;
    }
}
