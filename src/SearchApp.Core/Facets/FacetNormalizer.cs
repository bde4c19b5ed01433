using System.Text;

namespace SearchApp.Core.Facets;

/// <summary>
/// Folds facet labels and typed filter text to one comparable form, so that "احمد" finds "أحمد".
/// Deliberately tiny and local: the same foldings as Lucene's ArabicNormalizer (alef variants,
/// alef maksura, taa marbuta, tatweel, harakat; Larkey et al. 2007) plus hamza carriers and case.
/// When SearchApp.Core.Analysis ships its Normalize, FacetValueSearch can call that instead.
/// </summary>
internal static class FacetNormalizer
{
    public static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var raw in text)
        {
            if (IsRemoved(raw))
            {
                continue;
            }

            if (char.IsWhiteSpace(raw))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            sb.Append(Fold(raw));
        }

        return sb.ToString();
    }

    // Tatweel (U+0640), harakat and Quranic marks (U+064B..U+065F), superscript alef (U+0670).
    private static bool IsRemoved(char c) => c == '\u0640' || (c >= '\u064B' && c <= '\u065F') || c == '\u0670';

    private static char Fold(char c) => c switch
    {
        '\u0622' or '\u0623' or '\u0625' or '\u0671' => '\u0627', // آ أ إ ٱ -> ا
        '\u0649' => '\u064A', // ى -> ي
        '\u0629' => '\u0647', // ة -> ه
        '\u0624' => '\u0648', // ؤ -> و
        '\u0626' => '\u064A', // ئ -> ي
        _ => char.ToLowerInvariant(c),
    };
}
