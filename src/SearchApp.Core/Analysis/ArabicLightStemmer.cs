namespace SearchApp.Core.Analysis;

/// <summary>
/// A light stemmer in the tradition of Larkey, Ballesteros and Connell, "Improving Stemming for Arabic
/// Information Retrieval: Light Stemming and Co-occurrence Analysis" (SIGIR 2002, "light10"), which is
/// also what Lucene's ArabicStemmer implements, changed where light10 damages news text:
/// <list type="number">
/// <item>Proclitics: the article combinations (ال وال بال كال فال لل ...) and a bare و are removed as in
/// light10, but a word whose leading و/ال/ل belongs to it (a lexicon "root": وزير, التزام, لجنه) keeps
/// it (light10: وزير -> زير), and the split whose remainder is a known word wins, which also lets a
/// single-letter preposition go before a name (بجده -> جده, لعلي -> علي) without touching بريطانيا.</item>
/// <item>Suffixes (ها ان ات ون ين ه ي, applied once each in that order as light10 does) must leave at
/// least three letters (light10: two, so علي -> عل), are never stripped from a name (القاهره stays, not
/// قاهر), and a nisba ي is never stripped ONTO a name (السعودي stays سعودي, not the name سعود).</item>
/// <item>The adverbial/country accusative alef after a nisba yaa is dropped (يوميا -> يومي, سوريا ->
/// سوري) so a -يا country conflates with its adjective (بريطانيا, البريطانية, البريطانيون); for a
/// -يا name the stemmer stops at that nisba form.</item>
/// </list>
/// Input is a token already folded by <see cref="ArabicFolding"/> including alef maksura. Broken plurals
/// are not conflated (no light stemmer does that).
/// </summary>
public sealed class ArabicLightStemmer
{
    private const int MinStemLength = 3;

    /// <summary>Proclitics tried when the remainder is a known word, longest first. No bare ف: فعلي
    /// (actual) is a common word, not ف + علي.</summary>
    private static readonly string[] GuidedProclitics =
        ["وبال", "وكال", "فبال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال", "وب", "ول", "وك", "و", "ب", "ل", "ك"];

    internal static IReadOnlyList<string> GuidedProcliticList => GuidedProclitics;

    /// <summary>The light10 article proclitics, removed whenever two letters remain.</summary>
    private static readonly string[] ArticleProclitics =
        ["وبال", "وكال", "فبال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال"];

    private static readonly string[] Suffixes = ["ها", "ان", "ات", "ون", "ين", "ه", "ي"];

    private readonly ArabicLexicon _lexicon;

    public ArabicLightStemmer(ArabicLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        _lexicon = lexicon;
    }

    /// <summary>Stems <paramref name="buffer"/>[0..<paramref name="length"/>) in place; returns the new length.</summary>
    public int Stem(char[] buffer, int length) => Apply(buffer, length, stemSuffixes: true);

    /// <summary>Removes proclitics only (the exact field); returns the new length.</summary>
    public int StripProclitics(char[] buffer, int length) => Apply(buffer, length, stemSuffixes: false);

    /// <summary>Convenience overload for tests and tools.</summary>
    public string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var buffer = word.ToCharArray();
        return new string(buffer, 0, Stem(buffer, buffer.Length));
    }

    /// <summary>True for Xيا with X of three or more letters and not the broken plural -ايا (قضايا).</summary>
    internal static bool IsNisbaAccusative(ReadOnlySpan<char> w) =>
        w.Length >= 5 && w[^1] == 'ا' && w[^2] == 'ي' && w[^3] != 'ا';

    private int Apply(char[] buffer, int length, bool stemSuffixes)
    {
        var start = ProcliticLength(buffer.AsSpan(0, length));
        var coreLength = length - start;
        if (stemSuffixes)
        {
            coreLength = SuffixedLength(buffer.AsSpan(start, coreLength));
        }

        if (start > 0)
        {
            Array.Copy(buffer, start, buffer, 0, coreLength);
        }

        return coreLength;
    }

    /// <summary>Number of leading characters that are proclitics.</summary>
    public int ProcliticLength(ReadOnlySpan<char> w)
    {
        // Fast path: every proclitic starts with one of these letters (most tokens do not).
        if (w.Length <= 2 || w[0] is not ('و' or 'ب' or 'ل' or 'ك' or 'ف' or 'ا') || IsKnownOrInflectedRoot(w))
        {
            return 0;
        }

        foreach (var p in GuidedProclitics)
        {
            if (w.Length - p.Length >= 2 && w.StartsWith(p, StringComparison.Ordinal)
                && IsKnownOrInflectedRoot(w[p.Length..]))
            {
                return p.Length;
            }
        }

        var article = ArticleLength(w);
        if (article > 0)
        {
            return article;
        }

        // Bare و (conjunction) as in light10: only from words of four letters or more.
        return w.Length >= 4 && w[0] == 'و' ? 1 : 0;
    }

    /// <summary>Length of the longest article proclitic (ال وال بال ...) leaving two letters, else 0.</summary>
    internal static int ArticleLength(ReadOnlySpan<char> w)
    {
        foreach (var p in ArticleProclitics)
        {
            if (w.Length - p.Length >= 2 && w.StartsWith(p, StringComparison.Ordinal))
            {
                return p.Length;
            }
        }

        return 0;
    }

    /// <summary>A name or root, or a root with a suffix (وزيرها: the article never takes a pronoun
    /// suffix, so the root list holds only bare forms).</summary>
    private bool IsKnownOrInflectedRoot(ReadOnlySpan<char> w)
    {
        if (_lexicon.IsKnown(w))
        {
            return true;
        }

        if (w.Length == 0 || w[0] is not ('و' or 'ل' or 'ا'))
        {
            return false; // every root starts with و, ل or ال
        }

        foreach (var s in Suffixes)
        {
            if (w.Length - s.Length >= 2 && w.EndsWith(s, StringComparison.Ordinal) && _lexicon.IsRoot(w[..^s.Length]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Every suffix and the -يا rule end in one of these letters.</summary>
    private static bool MayHaveSuffix(ReadOnlySpan<char> w) => w[^1] is 'ا' or 'ن' or 'ت' or 'ه' or 'ي';

    /// <summary>Length of <paramref name="w"/> after suffix stripping.</summary>
    public int SuffixedLength(ReadOnlySpan<char> w)
    {
        var length = w.Length;
        if (length <= MinStemLength || !MayHaveSuffix(w))
        {
            return length;
        }

        var (isName, isNisbaStop) = _lexicon.NameOrNisbaStop(w);
        if (isNisbaStop)
        {
            return length;
        }

        if (IsNisbaAccusative(w))
        {
            length--;
            if (isName || _lexicon.IsNisbaStop(w[..length]))
            {
                return length;
            }
        }
        else if (isName)
        {
            return length;
        }

        foreach (var s in Suffixes)
        {
            var current = w[..length];
            if (length - s.Length < MinStemLength || !current.EndsWith(s, StringComparison.Ordinal))
            {
                continue;
            }

            var candidate = current[..^s.Length];
            if (s == "ي" && _lexicon.IsName(candidate))
            {
                // A nisba never collapses onto its name: السعودي is not سعود, المصري is not مصر. Only ي:
                // the plural and feminine endings may still reach a name that is also a common word
                // (المعلمون -> معلم although المعلم is also a surname), and السعودية still meets السعودي.
                break;
            }

            length = candidate.Length;
            if (candidate[^1] == 'ي' && _lexicon.IsNisbaStop(candidate))
            {
                break; // nisba stops all end in ي (سوري from سوريا)
            }
        }

        return length;
    }
}
