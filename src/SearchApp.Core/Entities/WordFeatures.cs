namespace SearchApp.Core.Entities;

/// <summary>
/// Everything the tagger derives from a word alone: hashes of its normalised form and its
/// proclitic-free readings, clusters, trigger class, shape, and the keys of its own features. Computed
/// once per distinct word and cached, since news text repeats a small vocabulary.
/// </summary>
internal sealed class WordFeatures(ulong norm, ulong stripped, ulong[] readings, int middle, int fine, int trigger, int shape, ulong[] keys, (uint Bits, int Length) brown = default, int morph = 0, int topic = 0)
{
    public ulong Norm { get; } = norm;

    /// <summary>Hash of the most plausible proclitic-free form.</summary>
    public ulong Stripped { get; } = stripped;

    /// <summary>Hashes of the word and of each proclitic-free reading, for gazetteer matching.</summary>
    public ulong[] Readings { get; } = readings;

    public int Middle { get; } = middle;

    public int Fine { get; } = fine;

    public int Trigger { get; } = trigger;

    public int Shape { get; } = shape;

    public ulong[] Keys { get; } = keys;

    /// <summary>The word's Brown cluster path (length 0 when it has none).</summary>
    public (uint Bits, int Length) Brown { get; } = brown;

    /// <summary>Genitive-chain shape bits (see <see cref="ChainShape.Of"/>).</summary>
    public int Morph { get; } = morph;

    /// <summary>The coarse embedding class (1–16) of a content word, its vote for the sentence's topic; 0 for frequent or unknown words.</summary>
    public int Topic { get; } = topic;

    /// <summary>What the word can be in a dotted acronym (<see cref="FeatureExtractor.AcronymPieceOf"/>); not a feature.</summary>
    public byte Piece { get; init; }

    /// <summary>
    /// The summed weights of this word's own features under one model, kept by the tagger that
    /// computed them (a reference swap, so threads never see half of an entry; a tagger with another
    /// model recomputes and replaces it).
    /// </summary>
    internal OwnScores? Scores;
}

/// <summary>
/// A word's own-feature scores and the model they were computed with, and the scores it gives its
/// neighbours (<see cref="ContextFeatures.NeighbourKeys"/>) at offsets −2, −1, +1, +2, one row of tags each.
/// </summary>
internal sealed record OwnScores(TaggerModel Model, float[] Values, float[] Neighbours);
