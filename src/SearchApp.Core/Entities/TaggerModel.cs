using System.IO.Compression;

namespace SearchApp.Core.Entities;

/// <summary>
/// The trained weights: one row of per-tag weights per feature, tag-to-tag transitions, and the
/// name list learned from the training data. Stored gzip'd with weights as half floats: the
/// averaged perceptron's weights need about three significant digits, not seven.
/// </summary>
public sealed class TaggerModel
{
    private const int Magic = 0x52454E41; // "ANER"
    private const int Version = 1;

    private readonly FeatureTable _table;
    private readonly float[] _weights;
    private readonly float[] _transitions;

    public TaggerModel(IReadOnlyList<ulong> keys, float[] weights, float[] transitions, Gazetteer trained)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(transitions);
        int tags = BioTags.Count;
        if (weights.Length != keys.Count * tags || transitions.Length != (tags + 1) * tags)
        {
            throw new ArgumentException("weights do not match the feature and tag counts");
        }

        _table = new FeatureTable(keys);
        _weights = weights;
        _transitions = transitions;
        Trained = trained;
        Keys = keys;
    }

    public Gazetteer Trained { get; }

    public IReadOnlyList<ulong> Keys { get; }

    public int FeatureCount => _table.Count;

    public ReadOnlySpan<float> Transitions => _transitions;

    /// <summary>Adds the weight rows of <paramref name="keys"/> (unknown keys add nothing) to <paramref name="target"/>.</summary>
    public void AddRows(ReadOnlySpan<ulong> keys, Span<float> target)
    {
        int tags = BioTags.Count;
        foreach (ulong key in keys)
        {
            int row = _table.Find(key);
            if (row >= 0)
            {
                var w = _weights.AsSpan(row * tags, tags);
                for (int t = 0; t < tags; t++)
                {
                    target[t] += w[t];
                }
            }
        }
    }

    public void Save(Stream output)
    {
        using var gz = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(gz);
        w.Write(Magic);
        w.Write(Version);
        w.Write(BioTags.Count);
        w.Write(Keys.Count);
        foreach (ulong key in Keys)
        {
            w.Write(key);
        }

        foreach (float weight in _weights)
        {
            w.Write((Half)weight);
        }

        foreach (float t in _transitions)
        {
            w.Write(t);
        }

        Trained.Write(w);
    }

    public static TaggerModel Load(Stream input)
    {
        using var gz = new GZipStream(input, CompressionMode.Decompress);
        using var r = new BinaryReader(new BufferedStream(gz, 1 << 16));
        if (r.ReadInt32() != Magic || r.ReadInt32() != Version)
        {
            throw new InvalidDataException("not a SearchApp NER model (bad magic or version)");
        }

        int tags = r.ReadInt32();
        if (tags != BioTags.Count)
        {
            throw new InvalidDataException($"model has {tags} tags, this build knows {BioTags.Count}");
        }

        int count = r.ReadInt32();
        var keys = new ulong[count];
        for (int i = 0; i < count; i++)
        {
            keys[i] = r.ReadUInt64();
        }

        var weights = new float[count * tags];
        for (int i = 0; i < weights.Length; i++)
        {
            weights[i] = (float)r.ReadHalf();
        }

        var transitions = new float[(tags + 1) * tags];
        for (int i = 0; i < transitions.Length; i++)
        {
            transitions[i] = r.ReadSingle();
        }

        return new TaggerModel(keys, weights, transitions, Gazetteer.Read(r));
    }
}
