namespace SearchApp.Core.Entities;

/// <summary>
/// 64-bit feature keys. Features are hashed rather than spelled as strings so that tagging does
/// not allocate a string per feature (Weinberger et al. 2009, "Feature Hashing for Large Scale
/// Multitask Learning"); with 64 bits and about a million features collisions are negligible.
/// </summary>
public static class FeatureHash
{
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    /// <summary>FNV-1a over UTF-16 code units, finalised with the splitmix64 mixer.</summary>
    public static ulong Of(ReadOnlySpan<char> text)
    {
        ulong h = FnvOffset;
        foreach (char c in text)
        {
            h = (h ^ c) * FnvPrime;
        }

        return Mix(h);
    }

    /// <summary>Key of a template applied to a value; never 0 (0 marks an empty table slot).</summary>
    public static ulong Combine(ulong template, ulong value)
    {
        ulong h = Mix(value + (template * 0x9E3779B97F4A7C15UL));
        return h == 0 ? 1 : h;
    }

    /// <summary>Order-sensitive combination, for phrases and feature conjunctions.</summary>
    public static ulong Then(ulong left, ulong right) => Mix((left * 31) ^ right ^ 0x632BE59BD9B4E019UL);

    /// <summary>splitmix64 finaliser (Steele, Lea, Flood 2014).</summary>
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
