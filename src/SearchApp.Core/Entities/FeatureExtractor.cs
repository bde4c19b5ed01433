namespace SearchApp.Core.Entities;

/// <summary>
/// Turns a sentence into hashed features per token: the word, its normalised and proclitic-free
/// forms, affixes, shape, corpus frequency and word clusters, the same of the ±2 neighbours,
/// trigger words around it and gazetteer matches. The set follows the feature-based Arabic NER
/// literature (Benajiba, Diab &amp; Rosso 2008, "Arabic Named Entity Recognition using Optimized
/// Feature Sets"; Abdul-Hamid &amp; Darwish 2010, "Simplified Feature Set for Arabic NER"), with
/// clusters from unlabelled news for generalisation (Miller et al. 2004). Thread-safe: all state
/// lives in the caller's <see cref="FeatureBuffer"/>.
/// </summary>
public sealed class FeatureExtractor(WordLexicon lexicon, Gazetteer curated, TriggerWords triggers)
{
    public WordLexicon Lexicon { get; } = lexicon;

    public Gazetteer Curated { get; } = curated;

    public TriggerWords Triggers { get; } = triggers;

    /// <summary>Fills <paramref name="buffer"/> with the features of <paramref name="tokens"/>.</summary>
    /// <param name="trained">Names learned from the training data (a jack-knifed fold while training).</param>
    public void Extract(IReadOnlyList<string> tokens, Gazetteer trained, FeatureBuffer buffer)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(trained);
        ArgumentNullException.ThrowIfNull(buffer);
        int n = tokens.Count;
        buffer.Reset(n);
        for (int i = 0; i < n; i++)
        {
            Describe(tokens[i], i, buffer);
        }

        trained.Mark(buffer.Norm.AsSpan(0, n), buffer.Stripped.AsSpan(0, n), buffer.GazTrained);
        Curated.Mark(buffer.Norm.AsSpan(0, n), buffer.Stripped.AsSpan(0, n), buffer.GazCurated);
        for (int i = 0; i < n; i++)
        {
            AddContext(buffer, i, n);
            buffer.EndToken(i);
        }
    }

    /// <summary>Features of the token itself; also records what its neighbours will need.</summary>
    private void Describe(string raw, int i, FeatureBuffer b)
    {
        string norm = ArabicKey.Normalize(raw);
        var entry = Lexicon.Find(norm);
        string stripped = entry?.Stripped ?? Proclitics.Strip(norm, Lexicon.Count);
        string bare = stripped.Length >= 4 && stripped.StartsWith("ال", StringComparison.Ordinal) ? stripped[2..] : stripped;
        var clusters = (stripped == norm ? entry : Lexicon.Find(stripped)) ?? entry;

        b.Norm[i] = FeatureHash.Of(norm);
        b.Stripped[i] = stripped == norm ? b.Norm[i] : FeatureHash.Of(stripped);
        b.Bare[i] = FeatureHash.Of(bare);
        b.Middle[i] = clusters?.Middle ?? 0;
        b.Fine[i] = clusters?.Fine ?? 0;
        b.Trigger[i] = Triggers.ClassOf(stripped) is var t and > 0 ? t : Triggers.ClassOf(norm);
        b.Shape[i] = WordShape.Of(raw);

        b.Add(FeatureHash.Combine(Template.Bias, 0));
        b.Add(FeatureHash.Combine(Template.Word, FeatureHash.Of(raw)));
        b.Add(FeatureHash.Combine(Template.Norm, b.Norm[i]));
        b.Add(FeatureHash.Combine(Template.Stripped, b.Stripped[i]));
        b.Add(FeatureHash.Combine(Template.Bare, b.Bare[i]));
        int proclitic = norm.Length - bare.Length;
        if (proclitic > 0 && proclitic <= 4)
        {
            b.Add(FeatureHash.Combine(Template.Proclitic, FeatureHash.Of(norm.AsSpan(0, proclitic))));
        }

        for (int k = 1; k <= 4 && k <= norm.Length; k++)
        {
            b.Add(FeatureHash.Combine(Template.Prefix + (ulong)k, FeatureHash.Of(norm.AsSpan(0, k))));
            b.Add(FeatureHash.Combine(Template.Suffix + (ulong)k, FeatureHash.Of(norm.AsSpan(norm.Length - k))));
        }

        for (int k = 2; k <= 3 && k < bare.Length; k++)
        {
            b.Add(FeatureHash.Combine(Template.BarePrefix + (ulong)k, FeatureHash.Of(bare.AsSpan(0, k))));
        }

        b.Add(FeatureHash.Combine(Template.Shape, (ulong)b.Shape[i]));
        int frequency = entry is null ? 0 : 1 + (int)Math.Min(20, Math.Log2(entry.Count));
        b.Add(FeatureHash.Combine(Template.Frequency, (ulong)frequency));
        if (clusters is not null)
        {
            b.Add(FeatureHash.Combine(Template.Coarse, (ulong)clusters.Coarse));
            b.Add(FeatureHash.Combine(Template.Middle, (ulong)clusters.Middle));
            b.Add(FeatureHash.Combine(Template.Fine, (ulong)clusters.Fine));
        }
    }

    private static void AddContext(FeatureBuffer b, int i, int n)
    {
        for (int d = -2; d <= 2; d++)
        {
            int j = i + d;
            ulong slot = (ulong)(d + 2);
            if (j < 0 || j >= n)
            {
                b.Add(FeatureHash.Combine(Template.Edge + slot, 0));
                continue;
            }

            if (d != 0)
            {
                b.Add(FeatureHash.Combine(Template.NormAt + slot, b.Norm[j]));
                b.Add(FeatureHash.Combine(Template.StrippedAt + slot, b.Stripped[j]));
                b.Add(FeatureHash.Combine(Template.MiddleAt + slot, (ulong)b.Middle[j]));
                if (d is -1 or 1)
                {
                    b.Add(FeatureHash.Combine(Template.FineAt + slot, (ulong)b.Fine[j]));
                    b.Add(FeatureHash.Combine(Template.BigramAt + slot, FeatureHash.Then(b.Stripped[Math.Min(i, j)], b.Stripped[Math.Max(i, j)])));
                }
            }

            if (b.Trigger[j] > 0)
            {
                b.Add(FeatureHash.Combine(Template.TriggerAt + slot, (ulong)b.Trigger[j]));
            }

            if (d is >= -1 and <= 1)
            {
                AddGazetteer(b, Template.GazTrainedAt + slot, b.GazTrained[j]);
                AddGazetteer(b, Template.GazCuratedAt + slot, b.GazCurated[j]);
            }
        }

        ulong shapes = (ulong)(((i > 0 ? b.Shape[i - 1] : 255) * 65536) + (b.Shape[i] * 256) + (i + 1 < n ? b.Shape[i + 1] : 255));
        b.Add(FeatureHash.Combine(Template.ShapeWindow, shapes));
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

    /// <summary>Template ids: spaced so that position and length offsets never collide.</summary>
    private static class Template
    {
        public const ulong Bias = 1, Word = 2, Norm = 3, Stripped = 4, Bare = 5, Proclitic = 6, Shape = 7, Frequency = 8;
        public const ulong Coarse = 9, Middle = 10, Fine = 11, ShapeWindow = 12;
        public const ulong Prefix = 20, Suffix = 30, BarePrefix = 40;
        public const ulong Edge = 50, NormAt = 60, StrippedAt = 70, MiddleAt = 80, FineAt = 90, BigramAt = 100;
        public const ulong TriggerAt = 110, GazTrainedAt = 120, GazCuratedAt = 130;
    }
}
