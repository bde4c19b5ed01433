namespace SearchApp.Core.Entities;

/// <summary>
/// Feature keys of one sentence, token after token (<c>Keys[Offsets[i]..Offsets[i + 1]]</c>),
/// plus per-token scratch space. Reused between sentences; one per thread.
/// </summary>
public sealed class FeatureBuffer
{
    public ulong[] Keys { get; private set; } = new ulong[4096];

    public int[] Offsets { get; private set; } = new int[128];

    public int Tokens { get; private set; }

    internal int Count { get; private set; }

    internal WordFeatures[] Words = new WordFeatures[128];
    internal int[] IntrinsicEnd = new int[128];
    internal ulong[] Norm = new ulong[128];
    internal ulong[][] Readings = new ulong[128][];
    internal int[] GazTrained = new int[128];
    internal int[] GazCurated = new int[128];
    internal int[] GazMined = new int[128];

    /// <summary>
    /// Set by a tagger: leave out the features a neighbour word gives from itself alone
    /// (<see cref="ContextFeatures.NeighbourKeys"/>); the tagger adds their summed weights from the word's cache.
    /// </summary>
    internal bool NeighbourScores;

    /// <summary>The sentence's topic class (see <see cref="FeatureExtractor"/>), 0 when unknown.</summary>
    internal int Topic;

    internal void Reset(int tokens)
    {
        Tokens = tokens;
        Count = 0;
        if (Offsets.Length < tokens + 1)
        {
            int size = Math.Max(tokens + 1, Offsets.Length * 2);
            Offsets = new int[size];
            Words = new WordFeatures[size];
            IntrinsicEnd = new int[size];
            Norm = new ulong[size];
            Readings = new ulong[size][];
            GazTrained = new int[size];
            GazCurated = new int[size];
            GazMined = new int[size];
        }

        Array.Clear(GazTrained, 0, tokens);
        Array.Clear(GazCurated, 0, tokens);
        Array.Clear(GazMined, 0, tokens);
        Offsets[0] = 0;
    }

    internal void Add(ulong key)
    {
        if (Count == Keys.Length)
        {
            var bigger = new ulong[Keys.Length * 2];
            Array.Copy(Keys, bigger, Count);
            Keys = bigger;
        }

        Keys[Count++] = key;
    }

    internal void EndToken(int token) => Offsets[token + 1] = Count;
}
