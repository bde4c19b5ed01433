namespace SearchApp.Core.Entities;

/// <summary>
/// Turns a sentence into hashed features per token: the word, its normalised and proclitic-free
/// forms, affixes, shape, corpus frequency and word clusters, the same of the ±2 neighbours,
/// trigger words around it and gazetteer matches. The set follows the feature-based Arabic NER
/// literature (Benajiba, Diab &amp; Rosso 2008, "Arabic Named Entity Recognition using Optimized
/// Feature Sets"; Abdul-Hamid &amp; Darwish 2010, "Simplified Feature Set for Arabic NER"), with
/// clusters from unlabelled news for generalisation (Miller et al. 2004). Thread-safe: sentence state
/// lives in the caller's <see cref="FeatureBuffer"/>, the word cache is concurrent.
/// </summary>
public sealed class FeatureExtractor(WordLexicon lexicon, Gazetteer curated, TriggerWords triggers, Gazetteer? mined = null,
    BrownClusters? brown = null, ContextProfiles? profiles = null, BrownClusters? embedding = null)
{
    /// <summary>Embedding cluster prefix lengths: the three levels of the 16 × 8 × 16 tree (the word's own; neighbours' did not help).</summary>
    internal static readonly int[] EmbeddingPrefixes = [4, 7, 11];

    /// <summary>Brown cluster prefix lengths (Ratinov &amp; Roth 2009).</summary>
    internal static readonly int[] BrownPrefixes = [4, 6, 10, 20];

    /// <summary>The key of the feature every token has; its O weight sets the tagger's bias against entities.</summary>
    public static ulong BiasKey { get; } = FeatureHash.Combine(FeatureTemplates.Bias, 0);

    /// <summary>Where a word's own key list holds its identity features (raw, normalised, proclitic-free and article-free forms).</summary>
    internal static readonly Range IdentityKeys = 1..5;

    /// <summary>Words rarer than this in the news corpus also get letter-trigram features.</summary>
    public const long RareCount = 100;

    public WordLexicon Lexicon { get; } = lexicon;

    public Gazetteer Curated { get; } = curated;

    public TriggerWords Triggers { get; } = triggers;

    /// <summary>Names mined from unlabelled news by an earlier model (empty when none).</summary>
    public Gazetteer Mined { get; } = mined ?? new Gazetteer();

    public BrownClusters Brown { get; } = brown ?? BrownClusters.Empty;

    public ContextProfiles Profiles { get; } = profiles ?? ContextProfiles.Empty;

    /// <summary>Skip-gram embedding clusters of proclitic-free words (bit-string paths).</summary>
    public BrownClusters Embedding { get; } = embedding ?? BrownClusters.Empty;

    /// <summary>
    /// Distinct words whose features are cached (about 0.4 KB each, so at most ~80 MB); news
    /// vocabulary saturates well below this, and later words are simply computed each time.
    /// </summary>
    private const int MaxCached = 200_000;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, WordFeatures> _cache = new(StringComparer.Ordinal);
    private int _cached;

    /// <summary>Fills <paramref name="buffer"/> with the features of <paramref name="tokens"/>.</summary>
    /// <param name="trained">Names learned from the training data (a jack-knifed fold while training).</param>
    /// <param name="mined">Names found in unlabelled news, when not <see cref="Mined"/> (a jack-knifed list while training).</param>
    public void Extract(IReadOnlyList<string> tokens, Gazetteer trained, FeatureBuffer buffer, Gazetteer? mined = null)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(trained);
        ArgumentNullException.ThrowIfNull(buffer);
        int n = tokens.Count;
        buffer.Reset(n);
        for (int i = 0; i < n; i++)
        {
            var w = Word(tokens[i]);
            buffer.Words[i] = w;
            buffer.Norm[i] = w.Norm;
            buffer.Readings[i] = w.Readings;
        }

        buffer.Topic = Topic(buffer.Words.AsSpan(0, n));
        trained.Mark(buffer.Norm.AsSpan(0, n), buffer.Readings.AsSpan(0, n), buffer.GazTrained);
        Curated.Mark(buffer.Norm.AsSpan(0, n), buffer.Readings.AsSpan(0, n), buffer.GazCurated);
        (mined ?? Mined).Mark(buffer.Norm.AsSpan(0, n), buffer.Readings.AsSpan(0, n), buffer.GazMined);
        for (int i = 0; i < n; i++)
        {
            foreach (ulong key in buffer.Words[i].Keys)
            {
                buffer.Add(key);
            }

            buffer.IntrinsicEnd[i] = buffer.Count;
            ContextFeatures.Add(buffer, i, n);
            buffer.EndToken(i);
        }
    }

    /// <summary>
    /// The sentence's topic: the coarse embedding class most of its content words fall in (sport,
    /// economy, politics ... emerge as classes of a window-5 skip-gram), 0 when none votes. Names are
    /// typed by topic too: ميلان, قطر, النصر are clubs in sport news (Florian et al. 2003 use document
    /// topic in the same way).
    /// </summary>
    private static int Topic(ReadOnlySpan<WordFeatures> words)
    {
        Span<int> votes = stackalloc int[17];
        int best = 0;
        foreach (var w in words)
        {
            if (w.Topic > 0 && ++votes[w.Topic] > votes[best])
            {
                best = w.Topic;
            }
        }

        return best;
    }

    /// <summary>The word's own features, from the cache when it was seen before.</summary>
    internal WordFeatures Word(string raw)
    {
        if (_cache.TryGetValue(raw, out var cached))
        {
            return cached;
        }

        var w = Describe(raw);
        if (Interlocked.Increment(ref _cached) <= MaxCached)
        {
            _cache.TryAdd(raw, w);
        }

        return w;
    }

    /// <summary>Words more frequent than this in the news corpus are function words for the topic vote.</summary>
    private const long TopicMaxCount = 5000;

    private static int TopicOf(LexiconEntry? entry, (uint Bits, int Length) embedded) =>
        entry is null || entry.Count > TopicMaxCount || embedded.Length < EmbeddingPrefixes[0] ? 0 : 1 + (int)(embedded.Bits >> (32 - EmbeddingPrefixes[0]));

    /// <summary>
    /// What a token can be in a dotted acronym (إن.بي.سي → إن . بي . سي): 1 for the full stop, 2 for a
    /// letter name (two or three Arabic letters, or دبليو), 3 for a single letter, which may go on an
    /// acronym but not begin one (د.محمد is "Dr Mohammed"), else 0.
    /// </summary>
    internal static byte AcronymPieceOf(string raw)
    {
        if (raw == ".")
        {
            return 1;
        }

        if (raw == "دبليو")
        {
            return 2;
        }

        if (raw.Length is < 1 or > 3)
        {
            return 0;
        }

        foreach (char c in raw)
        {
            if (c is < '\u0621' or > '\u064A')
            {
                return 0;
            }
        }

        return raw.Length == 1 ? (byte)3 : (byte)2;
    }

    private WordFeatures Describe(string raw)
    {
        string norm = ArabicKey.Normalize(raw);
        var entry = Lexicon.Find(norm);
        string stripped = entry?.Stripped ?? Proclitics.Strip(norm, Lexicon.Count);
        string bare = stripped.Length >= 4 && stripped.StartsWith("ال", StringComparison.Ordinal) ? stripped[2..] : stripped;
        var clusters = (stripped == norm ? entry : Lexicon.Find(stripped)) ?? entry;
        ulong hNorm = FeatureHash.Of(norm);
        ulong hStripped = stripped == norm ? hNorm : FeatureHash.Of(stripped);
        ulong hBare = FeatureHash.Of(bare);
        int shape = WordShape.Of(raw);
        int trigger = Triggers.ClassOf(stripped) is var t and > 0 ? t : Triggers.ClassOf(norm);

        var keys = new List<ulong>(32)
        {
            // [0] bias, [1..5) identity (IdentityKeys), then the rest
            FeatureHash.Combine(FeatureTemplates.Bias, 0),
            FeatureHash.Combine(FeatureTemplates.Word, FeatureHash.Of(raw)),
            FeatureHash.Combine(FeatureTemplates.Norm, hNorm),
            FeatureHash.Combine(FeatureTemplates.Stripped, hStripped),
            FeatureHash.Combine(FeatureTemplates.Bare, hBare),
            FeatureHash.Combine(FeatureTemplates.Shape, (ulong)shape),
        };
        int proclitic = norm.Length - bare.Length;
        if (proclitic > 0 && proclitic <= 4)
        {
            keys.Add(FeatureHash.Combine(FeatureTemplates.Proclitic, FeatureHash.Of(norm.AsSpan(0, proclitic))));
        }

        for (int k = 1; k <= 4 && k <= norm.Length; k++)
        {
            keys.Add(FeatureHash.Combine(FeatureTemplates.Prefix + (ulong)k, FeatureHash.Of(norm.AsSpan(0, k))));
            keys.Add(FeatureHash.Combine(FeatureTemplates.Suffix + (ulong)k, FeatureHash.Of(norm.AsSpan(norm.Length - k))));
        }

        for (int k = 2; k <= 3 && k < bare.Length; k++)
        {
            keys.Add(FeatureHash.Combine(FeatureTemplates.BarePrefix + (ulong)k, FeatureHash.Of(bare.AsSpan(0, k))));
        }

        if (entry is null || entry.Count < RareCount)
        {
            // Letter trigrams of rare words: transliterated foreign names share letter patterns
            // (يو, ـيه, long vowels) that whole-word features cannot see.
            for (int k = 0; k + 3 <= bare.Length; k++)
            {
                keys.Add(FeatureHash.Combine(FeatureTemplates.Trigram, FeatureHash.Of(bare.AsSpan(k, 3))));
            }
        }

        int frequency = entry is null ? 0 : 1 + (int)Math.Min(20, Math.Log2(entry.Count));
        keys.Add(FeatureHash.Combine(FeatureTemplates.Frequency, (ulong)frequency));
        if (clusters is not null)
        {
            keys.Add(FeatureHash.Combine(FeatureTemplates.Coarse, (ulong)clusters.Coarse));
            keys.Add(FeatureHash.Combine(FeatureTemplates.Middle, (ulong)clusters.Middle));
            keys.Add(FeatureHash.Combine(FeatureTemplates.Fine, (ulong)clusters.Fine));
        }

        var path = Brown.Find(norm);
        if (path.Length == 0 && stripped != norm)
        {
            path = Brown.Find(stripped);
        }

        if (path.Length > 0)
        {
            foreach (int k in BrownPrefixes)
            {
                keys.Add(FeatureHash.Combine(FeatureTemplates.Brown, BrownClusters.Prefix(path, k)));
            }
        }

        var strippedPath = stripped == norm ? default : Brown.Find(stripped);
        if (strippedPath.Length > 0)
        {
            foreach (int k in BrownPrefixes)
            {
                keys.Add(FeatureHash.Combine(FeatureTemplates.BrownStripped, BrownClusters.Prefix(strippedPath, k)));
            }
        }

        var embedded = Embedding.Find(stripped);
        if (embedded.Length == 0 && stripped != norm)
        {
            embedded = Embedding.Find(norm);
        }

        foreach (int k in embedded.Length > 0 ? EmbeddingPrefixes : [])
        {
            keys.Add(FeatureHash.Combine(FeatureTemplates.Embedding, BrownClusters.Prefix(embedded, k)));
        }

        foreach (ulong value in Profiles.Values(stripped))
        {
            keys.Add(FeatureHash.Combine(FeatureTemplates.Profile, value));
        }

        ulong[] readings = [hNorm, .. Proclitics.Candidates(norm).Select(c => FeatureHash.Of(c))];
        return new WordFeatures(hNorm, hStripped, readings, clusters?.Middle ?? 0, clusters?.Fine ?? 0, trigger, shape, [.. keys], path, ChainShape.Of(norm, bare), TopicOf(entry, embedded))
        {
            Piece = AcronymPieceOf(raw),
        };
    }
}
