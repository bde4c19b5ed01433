namespace SearchApp.Core.Entities;

/// <summary>
/// Attached proclitics: conjunctions و ف, prepositions ب ل ك, in that order, before an optional
/// article (Habash 2010, "Introduction to Arabic Natural Language Processing", §4.2). ل + ال is
/// written لل, so a word starting with لل yields both readings (للأمم → الأمم, للبنان → لبنان);
/// which reading is right is decided by corpus frequency and gazetteers, never by letters alone,
/// because many names start with these letters (فيصل, بغداد, لبنان, وليد, كوريا).
/// </summary>
public static class Proclitics
{
    private static readonly string[] Conjunctions = ["", "و", "ف"];
    private static readonly string[] Prepositions = ["", "ب", "ل", "ك"];

    /// <summary>Letters that must remain after stripping: shorter remainders are never names.</summary>
    public const int MinRemainder = 2;

    /// <summary>Every reading with at least one proclitic removed, shortest strip first. The article is kept.</summary>
    public static List<string> Candidates(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var result = new List<string>(4);
        foreach (string conj in Conjunctions)
        {
            if (!word.StartsWith(conj, StringComparison.Ordinal))
            {
                continue;
            }

            foreach (string prep in Prepositions)
            {
                int cut = conj.Length + prep.Length;
                if (cut == 0 || !word.AsSpan(conj.Length).StartsWith(prep, StringComparison.Ordinal)
                    || word.Length - cut < MinRemainder)
                {
                    continue;
                }

                string rest = word[cut..];
                result.Add(rest);
                if (prep == "ل" && rest.Length > MinRemainder && rest[0] == 'ل')
                {
                    result.Add("ا" + rest); // لل = ل + ال: للأمم → الأمم
                }
            }
        }

        return result;
    }

    /// <summary>
    /// The most plausible bare form: a candidate the caller knows as a name wins outright
    /// (<paramref name="known"/>, e.g. a gazetteer); otherwise the form must be clearly more frequent
    /// as a standalone word in the news corpus than the whole word (<paramref name="count"/> of a
    /// normalised form). <c>وبغداد</c> → <c>بغداد</c>, but <c>لبنان</c> stays: <c>بنان</c> is rare.
    /// </summary>
    public static string Strip(string word, Func<string, long> count, Func<string, bool>? known = null)
    {
        ArgumentNullException.ThrowIfNull(count);
        if (known is not null && known(word))
        {
            return word;
        }

        var candidates = Candidates(word);
        if (known is not null)
        {
            foreach (string candidate in candidates)
            {
                if (known(candidate))
                {
                    return candidate;
                }
            }
        }

        string best = word;
        long bestScore = 2 * count(word) + 1; // keeping the word needs no evidence; stripping does
        foreach (string candidate in candidates)
        {
            long score = count(candidate);
            if (score > bestScore)
            {
                best = candidate;
                bestScore = score;
            }
        }

        return best;
    }
}
