using System.Text;

namespace SearchApp.Core.Entities;

/// <summary>
/// Orthographic normalisation for entity keys and tagger features. Arabic news spells the same
/// name with or without hamza seats, with final ى or ي, ة or ه, with diacritics and tatweel
/// (ANERcorp itself is inconsistent: <c>إلي</c>/<c>إلى</c>, see shared/data/README.md §2), so
/// the key folds those differences, as Lucene's ArabicNormalizer does (LUCENE-1406), but it never
/// stems: entity values must not go through a stemming analyzer.
/// </summary>
public static class ArabicKey
{
    /// <summary>Folds alef/hamza seats, yaa, taa marbuta, diacritics, tatweel, digits and Latin case.</summary>
    public static string Normalize(ReadOnlySpan<char> text)
    {
        // Tagging normalises every token, so short words avoid the StringBuilder.
        Span<char> buffer = text.Length <= 64 ? stackalloc char[text.Length] : new char[text.Length];
        int n = 0;
        foreach (char c in text)
        {
            char m = Map(c);
            if (m != '\0')
            {
                buffer[n++] = m;
            }
        }

        return new string(buffer[..n]);
    }

    /// <summary>Removes diacritics and tatweel only, keeping the spelling a reader expects to see.</summary>
    public static string StripMarks(ReadOnlySpan<char> text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (!IsMark(c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>Harakat, shadda, sukun, superscript alef, Quranic marks and tatweel.</summary>
    public static bool IsMark(char c) =>
        c is >= '\u064B' and <= '\u065F' or '\u0670' or '\u0640' or >= '\u06D6' and <= '\u06ED';

    /// <summary>True for the 28 base letters and their hamza/alef variants (U+0621–U+064A).</summary>
    public static bool IsArabicLetter(char c) => c is >= '\u0621' and <= '\u064A' and not '\u0640';

    private static char Map(char c) => c switch
    {
        _ when IsMark(c) => '\0',
        'أ' or 'إ' or 'آ' or 'ٱ' => 'ا',
        'ؤ' => 'و',
        'ئ' or 'ى' or 'ی' => 'ي',
        'ة' => 'ه',
        'ک' => 'ك',
        >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
        >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
        >= 'A' and <= 'Z' => (char)(c + 32),
        _ => c,
    };
}
