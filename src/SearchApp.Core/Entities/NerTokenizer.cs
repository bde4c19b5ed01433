namespace SearchApp.Core.Entities;

/// <summary>
/// Splits canonical article text into sentences of tokens in ANERcorp's conventions: whitespace
/// tokens with punctuation split off as tokens of their own (<c>«سانا»</c> → <c>« سانا »</c>),
/// clitics left attached (ANERcorp does not segment them, shared/data/README.md §2), numbers such
/// as <c>11.30</c> or <c>30%</c> kept whole. Sentences end after <c>. ! ? ؟</c> (not after a full stop
/// that a letter follows directly, as in إن.بي.سي) and at newlines,
/// as the corpus's sentences end at periods. Every token is a substring, so offsets are exact.
/// </summary>
public static class NerTokenizer
{
    /// <summary>Sentences longer than this are cut, to bound work on run-on text such as lists.</summary>
    public const int MaxSentenceTokens = 250;

    public static List<TextToken[]> Sentences(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<TextToken[]>();
        var current = new List<TextToken>();
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (c == '\n')
            {
                Flush(sentences, current);
                i++;
            }
            else if (char.IsWhiteSpace(c) || IsInvisible(c))
            {
                i++;
            }
            else if (IsWordChar(c))
            {
                int end = WordEnd(text, i);
                current.Add(new TextToken(text[i..end], i, end));
                i = end;
            }
            else
            {
                // A surrogate pair (an emoji) stays one token so that no half character is cut out.
                int len = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                current.Add(new TextToken(text.Substring(i, len), i, i + len));
                i += len;
                // No sentence end at a full stop that a letter follows directly: إن.بي.سي is one acronym.
                if (c is '.' or '!' or '?' or '؟' && !(i < text.Length && text[i] is '.' or '!' or '?' or '؟')
                    && !(c == '.' && i < text.Length && char.IsLetter(text[i])))
                {
                    Flush(sentences, current);
                }
            }

            if (current.Count >= MaxSentenceTokens)
            {
                Flush(sentences, current);
            }
        }

        Flush(sentences, current);
        return sentences;
    }

    /// <summary>Letters, digits, combining marks (harakat), tatweel and zero-width joiners.</summary>
    public static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || ArabicKey.IsMark(c) || c is '\u200C' or '\u200D'
        || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark;

    private static bool IsInvisible(char c) => c is '\u200B' or '\u200E' or '\u200F' or '\uFEFF' or '\u061C';

    private static int WordEnd(string text, int start)
    {
        int i = start;
        while (i < text.Length)
        {
            char c = text[i];
            if (IsWordChar(c))
            {
                i++;
                continue;
            }

            bool digitBefore = char.IsDigit(text[i - 1]);
            bool digitAfter = i + 1 < text.Length && char.IsDigit(text[i + 1]);
            if (c is '.' or ',' or '٫' or '٬' or ':' && digitBefore && digitAfter)
            {
                i++; // 11.30, 1,000, 10:45
            }
            else if (c == '%' && digitBefore)
            {
                i++;
                break; // 30%
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private static void Flush(List<TextToken[]> sentences, List<TextToken> current)
    {
        if (current.Count > 0)
        {
            sentences.Add([.. current]);
            current.Clear();
        }
    }
}
