namespace SearchApp.Core.Entities;

/// <summary>
/// A small code for how a token looks: script (Arabic, Latin lower/capitalised/upper, digits,
/// punctuation, mixed) times a length bucket. Arabic has no capitals, so shape says less than in
/// English NER, but it still separates numbers, punctuation and Latin brand names.
/// </summary>
public static class WordShape
{
    /// <summary>True for the shape of a token made of punctuation or symbols only.</summary>
    public static bool IsPunctuation(int shape) => shape / 8 == 6;

    /// <summary>True for the shape of a number (digits, with any separators).</summary>
    public static bool IsNumber(int shape) => shape / 8 == 2;

    public static int Of(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        int arabic = 0, upper = 0, lower = 0, digit = 0, other = 0;
        foreach (char c in token)
        {
            if (ArabicKey.IsArabicLetter(c))
            {
                arabic++;
            }
            else if (char.IsDigit(c))
            {
                digit++;
            }
            else if (char.IsUpper(c))
            {
                upper++;
            }
            else if (char.IsLower(c))
            {
                lower++;
            }
            else if (!ArabicKey.IsMark(c))
            {
                other++;
            }
        }

        int script =
            arabic > 0 && arabic + other == token.Length ? (other > 0 ? 1 : 0)
            : digit > 0 && digit + other == token.Length ? 2
            : upper + lower > 0 && upper + lower == token.Length ? (upper == 0 ? 3 : upper == token.Length ? 4 : 5)
            : other == token.Length ? 6
            : 7;
        int length = token.Length switch { <= 1 => 0, 2 => 1, 3 => 2, <= 5 => 3, <= 8 => 4, _ => 5 };
        return (script * 8) + length;
    }
}
