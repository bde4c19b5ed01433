namespace SearchApp.Core.Entities.Training;

/// <summary>
/// Name lists learned from labelled sentences. Training sentences see only the lists of the other
/// folds (jack-knifing, as in Ratinov &amp; Roth 2009, "Design Challenges and Misconceptions in
/// NER"): a list built from a sentence's own labels would make the feature look perfectly
/// reliable during training and over-trusted on new text.
/// </summary>
public static class TrainingGazetteer
{
    public static Gazetteer Build(IEnumerable<LabeledSentence> sentences, WordLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(lexicon);
        var g = new Gazetteer();
        foreach (var s in sentences)
        {
            foreach (var span in BioTags.Spans(s.Tags))
            {
                g.Add(NameKey(s, span, lexicon), Gazetteer.MaskOf(span.Type));
            }
        }

        return g;
    }

    /// <summary>A labelled name as the list stores it: normalised words, the first without its proclitics.</summary>
    public static List<string> NameKey(LabeledSentence sentence, TokenSpan span, WordLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return NameKey(sentence.Tokens, span.Start, span.End, lexicon);
    }

    /// <summary>The name <c>tokens[start..end]</c> as the list stores it (see above).</summary>
    public static List<string> NameKey(IReadOnlyList<string> tokens, int start, int end, WordLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(lexicon);
        var key = new List<string>(end - start);
        for (int i = start; i < end; i++)
        {
            key.Add(ArabicKey.Normalize(tokens[i]));
        }

        key[0] = lexicon.StripOf(key[0]);
        return key;
    }

    /// <summary>The fold of sentence <paramref name="index"/>: contiguous blocks, so a fold is whole articles.</summary>
    public static int FoldOf(int index, int count, int folds) => (int)((long)index * folds / count);

    /// <summary>The first sentence of fold <paramref name="fold"/> (the end when <paramref name="fold"/> equals <paramref name="folds"/>).</summary>
    public static int Start(int fold, int count, int folds) => (int)(((long)fold * count + folds - 1) / folds);

    /// <summary>For each fold, the list built from all other folds.</summary>
    public static Gazetteer[] JackKnife(IReadOnlyList<LabeledSentence> sentences, WordLexicon lexicon, int folds)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var result = new Gazetteer[folds];
        for (int k = 0; k < folds; k++)
        {
            int fold = k;
            result[k] = Build(sentences.Where((_, i) => FoldOf(i, sentences.Count, folds) != fold), lexicon);
        }

        return result;
    }
}
