namespace SearchApp.Core.Entities;

/// <summary>
/// Document consistency: a name the tagger recognised in one sentence is marked where it recurs
/// nearby untagged, since a news article keeps calling the same entity by the same name
/// ("one sense per discourse", Gale, Church &amp; Yarowsky 1992; used for NER by Mikheev, Moens &amp;
/// Grover 1999 and Krishnan &amp; Manning 2006). Words are compared by their proclitic-free
/// normalised form, so وأنان repeats أنان. Only PER, LOC and ORG propagate, only onto tokens
/// tagged O, and only within <see cref="Window"/> sentences (chosen on the dev block).
/// </summary>
public static class MentionPropagation
{
    public const int Window = 20;

    /// <param name="keys">Per sentence, the proclitic-free normalised hash of every token.</param>
    /// <param name="lengths">Per sentence, the length in characters of every token.</param>
    /// <param name="tags">Per sentence, the tag indices to extend in place.</param>
    public static void Apply(IReadOnlyList<ulong[]> keys, IReadOnlyList<int[]> lengths, IReadOnlyList<int[]> tags)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(lengths);
        ArgumentNullException.ThrowIfNull(tags);
        var found = new List<(ulong Key, int Tokens, int Tag)>[tags.Count];
        for (int s = 0; s < tags.Count; s++)
        {
            found[s] = Mentions(keys[s], lengths[s], tags[s]);
        }

        for (int s = 0; s < tags.Count; s++)
        {
            var known = new Dictionary<(ulong, int), int>();
            for (int w = Math.Max(0, s - Window); w <= Math.Min(tags.Count - 1, s + Window); w++)
            {
                foreach (var m in found[w])
                {
                    known.TryAdd((m.Key, m.Tokens), m.Tag);
                }
            }

            if (known.Count > 0)
            {
                Extend(keys[s], tags[s], known);
            }
        }
    }

    private static List<(ulong Key, int Tokens, int Tag)> Mentions(ulong[] keys, int[] lengths, int[] tags)
    {
        var result = new List<(ulong, int, int)>();
        foreach (var (start, end, tag) in BioTags.Runs(tags))
        {
            int chars = 0;
            for (int k = start; k < end; k++)
            {
                chars += lengths[k];
            }

            if (EntityTypes.IsKnown(BioTags.TypeOf(tag)) && chars > 2)
            {
                result.Add((SpanKey(keys, start, end), end - start, tag));
            }
        }

        return result;
    }

    private static void Extend(ulong[] keys, int[] tags, Dictionary<(ulong, int), int> known)
    {
        var sizes = known.Keys.Select(k => k.Item2).Distinct().OrderDescending().ToArray();
        for (int i = 0; i < tags.Length; i++)
        {
            foreach (int n in sizes)
            {
                if (i + n > tags.Length || !AllOutside(tags, i, n) || !known.TryGetValue((SpanKey(keys, i, i + n), n), out int tag))
                {
                    continue;
                }

                tags[i] = tag;
                for (int k = i + 1; k < i + n; k++)
                {
                    tags[k] = tag + 1;
                }

                i += n - 1;
                break;
            }
        }
    }

    private static bool AllOutside(int[] tags, int start, int count)
    {
        for (int k = start; k < start + count; k++)
        {
            if (tags[k] != 0)
            {
                return false;
            }
        }

        // a following I- tag would continue the new span into someone else's
        return start + count >= tags.Length || !BioTags.IsInside(tags[start + count]);
    }

    private static ulong SpanKey(ulong[] keys, int start, int end)
    {
        ulong h = 0x9E37_79B9_7F4A_7C15UL;
        for (int k = start; k < end; k++)
        {
            h = FeatureHash.Then(h, keys[k]);
        }

        return h;
    }
}
