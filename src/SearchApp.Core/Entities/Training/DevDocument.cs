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
    private readonly TriggerWords _triggers;
    private readonly TokenSpan[][] _unseen;

    private DevDocument(EncodedSentence[] sentences, WordFeatures[][] words, FeatureExtractor features, Gazetteer trained)
    {
        (_sentences, _words, _curated, _triggers) = (sentences, words, features.Curated, features.Triggers);
        var lexicon = features.Lexicon;
        _unseen = [.. sentences.Select(s => BioTags.Spans(s.Source.Tags)
            .Where(span => EntityTypes.IsKnown(span.Type)
                && (trained.Lookup(TrainingGazetteer.NameKey(s.Source, span, lexicon)) & Gazetteer.MaskOf(span.Type)) == 0)
            .ToArray())];
        _keys = [.. words.Select(w => w.Select(x => x.Stripped).ToArray())];
        _lengths = [.. sentences.Select(s => s.Source.Tokens.Select(t => t.Length).ToArray())];
    }

    /// <param name="trained">Names of the training data, to count recall on names it never labelled.</param>
    public static DevDocument Of(EncodedSentence[] sentences, FeatureExtractor features, Gazetteer trained) =>
        new(sentences, [.. sentences.Select(s => s.Source.Tokens.Select(features.Word).ToArray())], features, trained);

    public SpanScorer Score(float[] weights, float[] transitions)
    {
        var tags = Tag(weights, transitions);
        var scorer = new SpanScorer();
        for (int i = 0; i < _sentences.Length; i++)
        {
            string[] predicted = [.. tags[i].Select(t => BioTags.Names[t])];
            scorer.Add(_sentences[i].Source.Tags, predicted);
            if (_unseen[i].Length > 0)
            {
                var found = BioTags.Spans(predicted).ToHashSet();
                foreach (var span in _unseen[i])
                {
                    scorer.AddUnseen(span.Type, found.Contains(span));
                }
            }
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
        var marks = new SpanCompletion.DocumentMarks();
        for (int i = 0; i < tags.Length; i++)
        {
            SpanCompletion.CompleteSentence(_curated, _triggers, _words[i], tags[i], i, marks);
        }

        SpanCompletion.CompleteDocument(_keys, _lengths, tags, marks);
        return tags;
    }
}
