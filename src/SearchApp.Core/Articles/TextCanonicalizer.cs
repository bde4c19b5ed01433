using System.Text;

namespace SearchApp.Core.Articles;

/// <summary>
/// Canonicalises article text once, on the way into the store. Entity and annotation offsets
/// are UTF-16 offsets into the result, so this must never change for stored text
/// (a change here needs a store migration, not just a reindex).
/// Rules: NFC; CR/LF and CR become LF; runs of horizontal white space (tab, NBSP, ZWSP, BOM,
/// other Unicode spaces) become one ASCII space; each line is trimmed; empty lines are dropped,
/// so paragraphs are joined by exactly one <c>\n</c>. ZWNJ/ZWJ are kept: they carry meaning in
/// Persian words and emoji, and the analyzer deals with them at index time.
/// </summary>
public static class TextCanonicalizer
{
    public static string Canonicalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var normalized = text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        var result = new StringBuilder(normalized.Length);
        var line = new StringBuilder();
        foreach (var ch in normalized)
        {
            if (ch is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085')
            {
                FlushLine(line, result);
            }
            else if (IsHorizontalSpace(ch))
            {
                if (line.Length > 0 && line[^1] != ' ')
                {
                    line.Append(' ');
                }
            }
            else if (ch != '\uFEFF' && ch != '\u200B' && !IsStrayControl(ch))
            {
                line.Append(ch);
            }
        }

        FlushLine(line, result);
        return result.ToString();
    }

    /// <summary>A single-line field (title, source): canonical text with paragraphs joined by a space.</summary>
    public static string CanonicalizeLine(string? text) => Canonicalize(text).Replace('\n', ' ');

    private static void FlushLine(StringBuilder line, StringBuilder result)
    {
        var end = line.Length;
        while (end > 0 && line[end - 1] == ' ')
        {
            end--;
        }

        if (end > 0)
        {
            if (result.Length > 0)
            {
                result.Append('\n');
            }

            result.Append(line, 0, end);
        }

        line.Clear();
    }

    private static bool IsHorizontalSpace(char ch) =>
        ch is ' ' or '\t' or '\v' or '\f' or '\u00A0' || (char.IsWhiteSpace(ch) && ch is not ('\n' or '\r'));

    // C0/C1 controls other than white space carry nothing readable and break offsets in browsers.
    private static bool IsStrayControl(char ch) => char.IsControl(ch) && !char.IsWhiteSpace(ch);
}
