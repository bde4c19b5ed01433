namespace SearchApp.Core.Entities;

/// <summary>The shape of a word as a member of a genitive chain, a feature of long organisation names.</summary>
internal static class ChainShape
{
    /// <summary>
    /// Bits of the shape of an Arabic noun in a genitive chain (إضافة): definite (ال), definite after a
    /// proclitic (لل, بال, وال), nisba ending (ـي, ـية: الأمريكية, الإسلامية), plural ending (ـات, ـين, ـون).
    /// </summary>
    public static int Of(string norm, string bare)
    {
        int m = 0;
        if (norm.Length >= 4 && norm.StartsWith("ال", StringComparison.Ordinal))
        {
            m |= 1;
        }
        else if (norm.Length >= 5 && (norm.StartsWith("لل", StringComparison.Ordinal) || (norm.Length >= 6 && norm.AsSpan(1, 2) is "ال")))
        {
            m |= 2;
        }

        if (bare.Length >= 4 && (bare.EndsWith('ي') || bare.EndsWith("يه", StringComparison.Ordinal)))
        {
            m |= 4;
        }
        else if (bare.Length >= 5 && (bare.EndsWith("ات", StringComparison.Ordinal) || bare.EndsWith("ين", StringComparison.Ordinal) || bare.EndsWith("ون", StringComparison.Ordinal)))
        {
            m |= 8;
        }

        return m;
    }
}
