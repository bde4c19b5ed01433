using System.Text;

namespace SearchApp.Core.Analysis;

/// <summary>
/// The character-level normalisation shared by <see cref="ArabicFoldingFilter"/> (index and query
/// time) and <see cref="ArabicAnalysis.Normalize"/> (facet values, entity keys). One table-driven pass
/// over a char buffer, so the cost per token is one scan; NFKC (string allocation) only happens when a
/// character from a compatibility block is present. See docs/decisions/0003-arabic-analysis-chain.md.
/// </summary>
/// <remarks>
/// Alef maksura (ى) is deliberately NOT folded to yaa here: the stop filter runs after this step and
/// must still tell the preposition على (on, ~130k occurrences in the corpus) from the name علي (Ali).
/// <see cref="FoldAlefMaksura"/> is applied after the stop filter.
/// </remarks>
internal static class ArabicFolding
{
    private const char Alef = '\u0627';
    private const char Hamza = '\u0621';
    private const char Heh = '\u0647';
    private const char Yeh = '\u064A';
    private const char AlefMaksura = '\u0649';
    private const char Kaf = '\u0643';
    private const char FarsiYeh = '\u06CC';
    private const char Removed = '\0';

    // Single-char mapping for U+0600..U+06FF; '\0' = delete, same char = keep.
    private static readonly char[] ArabicBlock = BuildArabicBlock();

    private static char[] BuildArabicBlock()
    {
        var t = new char[0x100];
        for (var i = 0; i < t.Length; i++)
        {
            t[i] = (char)(0x0600 + i);
        }

        void Map(char from, char to) => t[from - 0x0600] = to;
        void Drop(int from, int to)
        {
            for (var c = from; c <= to; c++)
            {
                t[c - 0x0600] = Removed;
            }
        }

        // Diacritics (harakat, tanween, shadda, sukun, combining maddah/hamza), superscript alef,
        // Quranic annotation signs and honorific marks: orthographically optional, so "مُحَمَّد" = "محمد".
        Drop(0x0610, 0x061A);
        Drop(0x064B, 0x065F);
        Drop(0x0670, 0x0670);
        Drop(0x06D6, 0x06DC);
        Drop(0x06DF, 0x06E4);
        Drop(0x06E7, 0x06E8);
        Drop(0x06EA, 0x06ED);
        Drop(0x0640, 0x0640); // tatweel (kashida) is justification only: كتـــاب = كتاب
        Drop(0x061C, 0x061C); // Arabic letter mark (bidi control)

        // Alef with hamza/madda/wasla -> bare alef (Larkey et al. 2002 normalisation; Lucene ArabicNormalizer).
        foreach (var c in "\u0622\u0623\u0625\u0671\u0672\u0673\u0675")
        {
            Map(c, Alef);
        }

        // Hamza seats: writers disagree on the seat (مسؤول/مسئول, سؤال/سءال), so all seats -> bare hamza.
        foreach (var c in "\u0624\u0626\u0676\u0678")
        {
            Map(c, Hamza);
        }

        // Taa marbuta and the heh-like letters of Persian/Urdu -> heh (القاهرة = القاهره).
        foreach (var c in "\u0629\u06C0\u06C1\u06C3\u06BE\u06D5")
        {
            Map(c, Heh);
        }

        // Persian/Urdu letters to the Arabic letters an Arabic writer uses for them.
        Map('\u06A9', Kaf); // keheh ک
        Map('\u06AA', Kaf); // swash kaf ڪ
        Map('\u06AF', Kaf); // gaf گ (البيشمركة, not البيشمرگة)
        Map('\u06AD', Kaf); // ng ڭ
        Map('\u067E', '\u0628'); // peh پ -> beh
        Map('\u0686', '\u062C'); // tcheh چ -> jeem
        Map('\u0698', '\u0632'); // jeh ژ -> zain
        Map('\u06A4', '\u0641'); // veh ڤ -> feh
        Map('\u06A8', '\u0642'); // qaf with three dots ڨ -> qaf
        Map('\u06D0', Yeh); // e ې
        Map('\u06D2', Yeh); // yeh barree ے

        // Arabic-Indic and Eastern Arabic-Indic (Persian/Urdu) digits -> ASCII (٢٠١٥ = ۲۰۱۵ = 2015).
        for (var d = 0; d < 10; d++)
        {
            Map((char)(0x0660 + d), (char)('0' + d));
            Map((char)(0x06F0 + d), (char)('0' + d));
        }

        Map('\u066B', '.'); // Arabic decimal separator
        Map('\u066C', ','); // Arabic thousands separator
        return t;
    }

    /// <summary>True for characters whose NFKC form differs in a way we care about: Arabic presentation
    /// forms A/B (ﻻ, ﷲ), Latin ligatures and full-width forms, combining maddah/hamza (decomposed text),
    /// super/subscripts, number forms and enclosed alphanumerics.</summary>
    private static bool NeedsCompatibility(char c) =>
        c >= '\uFB00' ? c <= '\uFFEF'
        : c is (>= '\u0653' and <= '\u0655') or (>= '\u2070' and <= '\u218F') or (>= '\u2460' and <= '\u24FF')
            or '\u00B2' or '\u00B3' or '\u00B9' or (>= '\u00BC' and <= '\u00BE');

    /// <summary>True for invisible format characters that only steer rendering: ZWNJ/ZWJ (used inside
    /// Persian-style and some Arabic words), ZWSP, bidi marks and embeddings, soft hyphen, BOM.</summary>
    private static bool IsInvisibleFormat(char c) =>
        c is '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\u00AD' or '\uFEFF' or '\u2060'
            or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    /// <summary>True when <paramref name="text"/> contains a character that must go through NFKC
    /// before <see cref="Fold"/>.</summary>
    public static bool NeedsNfkc(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (NeedsCompatibility(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Folds <paramref name="buffer"/>[0..<paramref name="length"/>) in place and returns the new length
    /// (never longer). Call <see cref="NeedsNfkc"/> first and NFKC the text when it says so.
    /// </summary>
    public static int Fold(char[] buffer, int length)
    {
        var w = 0;
        for (var r = 0; r < length; r++)
        {
            var c = buffer[r];
            if (c < '\u0080')
            {
                buffer[w++] = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
                continue;
            }

            if (c is >= '\u0600' and <= '\u06FF')
            {
                if (c == FarsiYeh)
                {
                    // Persian yeh has no final/non-final distinction: word-final it stands where Arabic
                    // writes alef maksura (علی = على, إلی = إلى), elsewhere for yaa (وزیر = وزير).
                    c = r + 1 < length && char.IsLetter(buffer[r + 1]) ? Yeh : AlefMaksura;
                }
                else
                {
                    c = ArabicBlock[c - 0x0600];
                }

                if (c != Removed)
                {
                    buffer[w++] = c;
                }

                continue;
            }

            if (IsInvisibleFormat(c))
            {
                continue;
            }

            // Latin (and Greek/Cyrillic) lowercasing; CJK and others are unaffected by ToLowerInvariant.
            buffer[w++] = char.ToLowerInvariant(c);
        }

        return w;
    }

    /// <summary>ى -> ي everywhere (after stop words, see the class remarks).</summary>
    public static void FoldAlefMaksura(Span<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == AlefMaksura)
            {
                text[i] = Yeh;
            }
        }
    }

    /// <summary>Full normalisation of free text (all folding including ى, whitespace runs collapsed to
    /// one space, trimmed). No tokenisation, no stop words, no stemming.</summary>
    public static string NormalizeText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (NeedsNfkc(text))
        {
            text = text.Normalize(NormalizationForm.FormKC);
        }

        var buffer = text.ToCharArray();
        var length = Fold(buffer, buffer.Length);
        FoldAlefMaksura(buffer.AsSpan(0, length));
        var sb = new StringBuilder(length);
        var pendingSpace = false;
        for (var i = 0; i < length; i++)
        {
            var c = buffer[i];
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}
