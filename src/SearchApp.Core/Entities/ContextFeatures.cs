namespace SearchApp.Core.Entities;

/// <summary>
/// The features a token takes from its neighbours (the ±2 window: words, proclitic-free forms,
/// clusters, bigrams, triggers, gazetteer marks, shapes), from a head word further left and from the
/// shape of the genitive chain it belongs to; they
/// depend on the sentence, so unlike a word's own features they are computed for every token.
/// </summary>
internal static class ContextFeatures
{
    /// <summary>The offsets of the neighbours whose own-word features <see cref="NeighbourKeys"/> lists, in slot order.</summary>
    internal static readonly int[] NeighbourOffsets = [-2, -1, 1, 2];

    public static void Add(FeatureBuffer b, int i, int n)
    {
        for (int d = -2; d <= 2; d++)
        {
            int j = i + d;
            ulong slot = (ulong)(d + 2);
            if (j < 0 || j >= n)
            {
                b.Add(FeatureHash.Combine(FeatureTemplates.Edge + slot, 0));
                continue;
            }

            if (d != 0)
            {
                // What the neighbour word alone gives at this offset; a tagger adds these from the word's
                // cache (FeatureBuffer.NeighbourScores) instead of looking each one up.
                if (!b.NeighbourScores)
                {
                    NeighbourKeys(b.Words[j], d, b);
                }

                if (d is -1 or 1)
                {
                    b.Add(FeatureHash.Combine(FeatureTemplates.BigramAt + slot, FeatureHash.Then(b.Words[Math.Min(i, j)].Stripped, b.Words[Math.Max(i, j)].Stripped)));
                }
            }

            if (b.Words[j].Trigger > 0 && (d == 0 || !b.NeighbourScores))
            {
                b.Add(FeatureHash.Combine(FeatureTemplates.TriggerAt + slot, (ulong)b.Words[j].Trigger));
            }

            if (d is >= -1 and <= 1)
            {
                AddGazetteer(b, FeatureTemplates.GazTrainedAt + slot, b.GazTrained[j]);
                AddGazetteer(b, FeatureTemplates.GazCuratedAt + slot, b.GazCurated[j]);
                AddGazetteer(b, FeatureTemplates.GazMinedAt + slot, b.GazMined[j]);
            }
        }

        // Head words of long names (وزارة, اتحاد, جامعة ...) govern up to four following words
        // (الرابطة الألمانية لصناعة النفط): the nearest trigger further left than the ±2 window,
        // unless punctuation intervenes.
        for (int d = 1; d <= 4 && i - d >= 0; d++)
        {
            var w = b.Words[i - d];
            if (WordShape.IsPunctuation(w.Shape))
            {
                break;
            }

            if (w.Trigger > 0 && d >= 3)
            {
                b.Add(FeatureHash.Combine(FeatureTemplates.TriggerFar, (ulong)((w.Trigger * 8) + d)));
                break;
            }
        }

        AddChain(b, i, n);
        if (b.Topic > 0 && b.GazCurated[i] != 0)
        {
            // The sentence's topic with the word's list marks: a listed place in sport news is often a club.
            b.Add(FeatureHash.Combine(FeatureTemplates.TopicList, ((ulong)b.Topic << 40) | (uint)b.GazCurated[i]));
        }

        if (b.Topic > 0)
        {
            // The word itself within the sentence's topic: a word's sense follows the topic (الهلال the club in
            // sport news, the crescent moon elsewhere; البريد the Saudi Post in business news, the mail elsewhere).
            b.Add(FeatureHash.Combine(FeatureTemplates.TopicWord, FeatureHash.Then(b.Words[i].Stripped, (ulong)b.Topic)));
        }

        if (b.GazCurated[i] != 0)
        {
            // A listed place next to a nisba or after فريق/نادي is a club (ميلان الإيطالي, قطر القطري).
            int left = i > 0 ? b.Words[i - 1].Trigger : 63, right = i + 1 < n ? b.Words[i + 1].Trigger : 63;
            b.Add(FeatureHash.Combine(FeatureTemplates.GazContext, (ulong)((((b.GazCurated[i] * 64) + left) * 64) + right)));
        }

        ulong shapes = (ulong)(((i > 0 ? b.Words[i - 1].Shape : 255) * 65536) + (b.Words[i].Shape * 256) + (i + 1 < n ? b.Words[i + 1].Shape : 255));
        b.Add(FeatureHash.Combine(FeatureTemplates.ShapeWindow, shapes));
    }

    /// <summary>
    /// The features a word gives the token <paramref name="d"/> places from it, from the word alone: its
    /// normalised and proclitic-free forms, clusters, Brown path prefixes (all four at ±1, two at ±2), fine
    /// cluster (±1); its trigger class is added after the bigram, as it always was, unless
    /// <paramref name="b"/> is null (then it is listed here too, for the word's cache).
    /// </summary>
    internal static void NeighbourKeys(WordFeatures w, int d, FeatureBuffer? b, List<ulong>? list = null)
    {
        ulong slot = (ulong)(d + 2);
        Emit(FeatureHash.Combine(FeatureTemplates.NormAt + slot, w.Norm));
        Emit(FeatureHash.Combine(FeatureTemplates.StrippedAt + slot, w.Stripped));
        Emit(FeatureHash.Combine(FeatureTemplates.MiddleAt + slot, (ulong)w.Middle));
        var path = w.Brown;
        if (path.Length > 0)
        {
            for (int k = 0; k < FeatureExtractor.BrownPrefixes.Length; k++)
            {
                if (d is -1 or 1 || k % 2 == 0)
                {
                    Emit(FeatureHash.Combine(FeatureTemplates.BrownAt + slot, BrownClusters.Prefix(path, FeatureExtractor.BrownPrefixes[k])));
                }
            }
        }

        if (d is -1 or 1)
        {
            Emit(FeatureHash.Combine(FeatureTemplates.FineAt + slot, (ulong)w.Fine));
        }

        if (b is null && w.Trigger > 0)
        {
            Emit(FeatureHash.Combine(FeatureTemplates.TriggerAt + slot, (ulong)w.Trigger));
        }

        void Emit(ulong key)
        {
            if (b is not null)
            {
                b.Add(key);
            }
            else
            {
                list!.Add(key);
            }
        }
    }

    /// <summary>
    /// Long names are genitive chains (وزارة الخارجية الأمريكية, مجلس التعاون لدول الخليج العربية):
    /// the head word's class with the chain shape of the words between it and this one, and this
    /// word's class with the shapes of the next two, so a rare chain member still continues the name.
    /// </summary>
    private static void AddChain(FeatureBuffer b, int i, int n)
    {
        var w = b.Words;
        int right = ((i + 1 < n ? w[i + 1].Morph : 16) * 32) + (i + 2 < n ? w[i + 2].Morph : 16);
        b.Add(FeatureHash.Combine(FeatureTemplates.ChainRight, (ulong)((w[i].Trigger * 1024) + right)));
        ulong chain = (ulong)w[i].Morph;
        for (int d = 1; d <= 4 && i - d >= 0; d++)
        {
            var h = w[i - d];
            if (WordShape.IsPunctuation(h.Shape))
            {
                break;
            }

            if (d == 1)
            {
                b.Add(FeatureHash.Combine(FeatureTemplates.ChainLeft, (ulong)((h.Trigger * 32) + h.Morph) * 32 + chain));
            }

            if (h.Trigger > 0)
            {
                b.Add(FeatureHash.Combine(FeatureTemplates.ChainHead, FeatureHash.Then((ulong)((h.Trigger * 8) + d), chain)));
                break;
            }

            chain = (chain * 32) + (ulong)h.Morph;
        }
    }

    private static void AddGazetteer(FeatureBuffer b, ulong template, int marks)
    {
        for (int bit = 0; bit < 16; bit++)
        {
            if ((marks & (1 << bit)) != 0)
            {
                b.Add(FeatureHash.Combine(template, (ulong)bit));
            }
        }
    }
}
