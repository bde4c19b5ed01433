namespace SearchApp.Core.Entities;

/// <summary>
/// Multi-word name lists matched against sentences. Phrases are stored as hashes of their
/// normalised tokens, so matching allocates nothing and a list learned from training data ships
/// inside the model without its text. A phrase may start with an attached proclitic
/// (<c>وبغداد</c>, <c>للأمم المتحدة</c>): the first token is tried both as written and stripped.
/// </summary>
public sealed class Gazetteer
{
    public const byte Person = 1;
    public const byte Location = 2;
    public const byte Organization = 4;
    public const byte Misc = 8;

    /// <summary>Given names: evidence for a person, but not a whole name by themselves.</summary>
    public const byte GivenName = 16;

    /// <summary>Family names and surnames: evidence for a person, like given names (bit 5 of the marks).</summary>
    public const byte FamilyName = 32;

    private const ulong Seed = 0x5EED_6A2E_77E1_0001UL;

    private readonly Dictionary<ulong, byte> _phrases = [];
    private readonly HashSet<ulong> _prefixes = [];

    public int Count => _phrases.Count;

    public static byte MaskOf(string type) => type switch
    {
        "PER" => Person,
        "LOC" => Location,
        "ORG" => Organization,
        "MISC" => Misc,
        _ => throw new ArgumentException($"unknown entity type '{type}'", nameof(type)),
    };

    /// <summary>Adds a phrase of normalised tokens (see <see cref="ArabicKey.Normalize"/>).</summary>
    public void Add(IReadOnlyList<string> normalizedTokens, byte mask)
    {
        ArgumentNullException.ThrowIfNull(normalizedTokens);
        if (normalizedTokens.Count == 0)
        {
            return;
        }

        ulong h = Seed;
        for (int i = 0; i < normalizedTokens.Count; i++)
        {
            h = FeatureHash.Then(h, FeatureHash.Of(normalizedTokens[i]));
            if (i < normalizedTokens.Count - 1)
            {
                _prefixes.Add(h);
            }
        }

        _phrases[h] = (byte)(_phrases.GetValueOrDefault(h) | mask);
    }

    /// <summary>The type mask of a whole phrase given as normalised tokens (0 when absent).</summary>
    public byte Lookup(IReadOnlyList<string> normalizedTokens)
    {
        ArgumentNullException.ThrowIfNull(normalizedTokens);
        ulong h = Seed;
        foreach (string token in normalizedTokens)
        {
            h = FeatureHash.Then(h, FeatureHash.Of(token));
        }

        return _phrases.GetValueOrDefault(h);
    }

    /// <summary>
    /// ORs into <paramref name="marks"/> every match: the low byte holds the masks of phrases that
    /// begin at a token, the second byte those that continue through it. A phrase's first token may
    /// be read in any of <paramref name="firstForms"/> (the word and its proclitic-free readings).
    /// </summary>
    public void Mark(ReadOnlySpan<ulong> normalizedHashes, ReadOnlySpan<ulong[]> firstForms, Span<int> marks)
    {
        for (int i = 0; i < normalizedHashes.Length; i++)
        {
            foreach (ulong first in firstForms[i])
            {
                MarkFrom(normalizedHashes, i, first, marks);
            }
        }
    }

    /// <summary>
    /// The token lengths (bit n − 1 for length n, up to 32) of the phrases with a type in
    /// <paramref name="mask"/> that start at <paramref name="start"/>, the first token read in any of
    /// <paramref name="firstForms"/>; 0 when none.
    /// </summary>
    public uint LengthsFrom(ReadOnlySpan<ulong> normalizedHashes, ulong[] firstForms, int start, byte mask)
    {
        ArgumentNullException.ThrowIfNull(firstForms);
        uint lengths = 0;
        foreach (ulong first in firstForms)
        {
            ulong h = FeatureHash.Then(Seed, first);
            for (int j = start; ;)
            {
                if (_phrases.TryGetValue(h, out byte m) && (m & mask) != 0 && j - start < 32)
                {
                    lengths |= 1u << (j - start);
                }

                if (++j >= normalizedHashes.Length || !_prefixes.Contains(h))
                {
                    break;
                }

                h = FeatureHash.Then(h, normalizedHashes[j]);
            }
        }

        return lengths;
    }

    private void MarkFrom(ReadOnlySpan<ulong> hashes, int start, ulong first, Span<int> marks)
    {
        ulong h = FeatureHash.Then(Seed, first);
        for (int j = start; ;)
        {
            if (_phrases.TryGetValue(h, out byte mask))
            {
                marks[start] |= mask;
                for (int k = start + 1; k <= j; k++)
                {
                    marks[k] |= mask << 8;
                }
            }

            if (++j >= hashes.Length || !_prefixes.Contains(h))
            {
                return;
            }

            h = FeatureHash.Then(h, hashes[j]);
        }
    }

    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(_phrases.Count);
        foreach (var (h, m) in _phrases.OrderBy(p => p.Key))
        {
            writer.Write(h);
            writer.Write(m);
        }

        writer.Write(_prefixes.Count);
        foreach (ulong h in _prefixes.Order())
        {
            writer.Write(h);
        }
    }

    public static Gazetteer Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var g = new Gazetteer();
        int phrases = reader.ReadInt32();
        for (int i = 0; i < phrases; i++)
        {
            ulong h = reader.ReadUInt64();
            g._phrases[h] = reader.ReadByte();
        }

        int prefixes = reader.ReadInt32();
        for (int i = 0; i < prefixes; i++)
        {
            g._prefixes.Add(reader.ReadUInt64());
        }

        return g;
    }
}
