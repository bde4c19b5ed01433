namespace SearchApp.Core.Entities;

/// <summary>
/// Maps a mention's surface text to its canonical facet value, so that facets do not fragment:
/// (1) drop diacritics and tatweel; (2) strip attached proclitics from the first word when they are
/// not part of the name (وبغداد → بغداد, للأمم المتحدة → الأمم المتحدة, but فيصل and لبنان stay), using
/// name lists first and news-corpus frequency second (<see cref="Proclitics.Strip"/>); (3) resolve
/// aliases by normalised key; (4) otherwise spell every word as it is most often spelled in the
/// news corpus, so hamza and yaa variants of one name get one value; (5) a word transliterated with
/// غ and with ج takes the corpus's commoner spelling when the corpus uses both alike
/// (<see cref="TwinSpelling"/>). Thread-safe (read-only).
/// </summary>
/// <param name="names">The curated name lists first (<see cref="FeatureExtractor.Curated"/>), then those learned from training data.</param>
/// <param name="brown">Brown clusters of the news corpus, for <see cref="TwinSpelling"/> (none: no twin merging).</param>
/// <param name="embedding">Skip-gram embedding clusters of the news corpus, likewise.</param>
public sealed class EntityCanonicalizer(WordLexicon lexicon, IReadOnlyList<Gazetteer> names, AliasTable aliases,
    BrownClusters? brown = null, BrownClusters? embedding = null)
{
    /// <summary>The grouping key of a name: normalised (<see cref="ArabicKey.Normalize"/>), single-spaced.</summary>
    public static string Key(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return string.Join(' ', ArabicKey.Normalize(name).Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>Letters a one-word name keeps when proclitics are stripped (see <see cref="StripProclitics"/>).</summary>
    private const int MinOneWordName = 3;

    /// <summary>The surface without diacritics, tatweel or proclitics the name does not own.</summary>
    public string StripProclitics(string surface)
    {
        ArgumentNullException.ThrowIfNull(surface);
        string[] words = ArabicKey.StripMarks(surface).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return string.Empty;
        }

        string[] rest = [.. words.Skip(1).Select(w => ArabicKey.Normalize(w))];
        // A listed name; or, in a name of several words, a first word that is a listed given name as it
        // stands (وليد, فراس: يد "hand" and رأس "head" are far commoner than the names), or once a
        // conjunction و / ف is taken off (ولبنى → لبنى, not بني "sons of"). Only the conjunctions: after
        // ك or ب, كامل is no أمل.
        string whole = words[0];
        // A one-word name is not cut to two letters on a list or counts alone: بيش (a town), لين, بون and
        // بوب would become يش, ين, ون and وب, fragments and foreign syllables that the lists learned from
        // training data hold. The two letters must also be on the curated lists and clearly commoner than
        // the whole word (وقم → قم), so that كين (Harry Kane) and فلين (Flynn) do not become ين.
        bool alone = words.Length == 1;
        long Count(string word)
        {
            string key = ArabicKey.Normalize(word);
            return alone && key.Length < MinOneWordName ? 0 : lexicon.Count(key);
        }

        bool Short(string first) => alone && first != whole && ArabicKey.Normalize(first).Length < MinOneWordName
            && (lexicon.Count(ArabicKey.Normalize(first)) <= (2 * lexicon.Count(ArabicKey.Normalize(whole))) + 1
                || (names.Count > 0 && names[0].Lookup([ArabicKey.Normalize(first)]) == 0));
        bool Known(string first) => !Short(first)
            && (names.Any(g => g.Lookup([ArabicKey.Normalize(first), .. rest]) != 0)
                || (rest.Length > 0 && IsGivenName(first)
                    && (first == whole || (whole.Length == first.Length + 1 && whole[0] is 'و' or 'ف' && whole.EndsWith(first, StringComparison.Ordinal)))));
        // The lists learned from training data hold names as the annotated tokens write them, proclitics
        // and all (وكندا, والبرتغال, ليونايتد, لليونايتد), and a known whole word would stay whole. A one-word
        // name yields to a known reading without its proclitics that the corpus writes alone more often,
        // unless the curated lists hold the whole word (فورد, not ورد "was mentioned") or it is a given
        // name (وسام, فراس); twice, for two proclitics (لليونايتد → ليونايتد → يونايتد).
        words[0] = Proclitics.Strip(words[0], Count, Known);
        for (int round = 0; alone && round < 2 && YieldsToKnownRemainder(words[0], Known) is { } remainder; round++)
        {
            words[0] = remainder;
        }

        return string.Join(' ', words);
    }

    /// <summary>The first reading of a known one-word name without its و, ف or ل that is known too and
    /// commoner alone in the corpus, when the curated lists do not hold the whole word and it is no given
    /// name; null when there is none.</summary>
    private string? YieldsToKnownRemainder(string whole, Func<string, bool> known)
    {
        if (!known(whole) || IsGivenName(whole) || (names.Count > 0 && names[0].Lookup([ArabicKey.Normalize(whole)]) != 0))
        {
            return null;
        }

        // Only و, ف and ل: with ب and ك a known shorter name hides too often in the whole (بريم is no ريم,
        // كابل no أبل), and ANERcorp's tokens seldom fuse them to a name.
        long count = lexicon.Count(ArabicKey.Normalize(whole));
        return Proclitics.Candidates(whole).FirstOrDefault(c =>
            c.Length >= MinOneWordName && whole.EndsWith(c, StringComparison.Ordinal)
            && whole[..^c.Length].All(l => l is 'و' or 'ف' or 'ل')
            && known(c) && lexicon.Count(ArabicKey.Normalize(c)) > count);
    }

    /// <summary>
    /// عبد الله / عبدالله, عبد العزيز / عبدالعزيز, عبد ربه / عبدربه: the theophoric compounds are written both
    /// ways; the Saudi press mostly joins them, so the canonical value does too (one facet value per person).
    /// </summary>
    public static string JoinAbd(string name) =>
        System.Text.RegularExpressions.Regex.Replace(name, @"(?<![\p{L}])عبد (ال|ربه(?![\p{L}]))", "عبد$1");

    /// <summary>
    /// أبو ظبي / أبوظبي, أبو بكر / أبوبكر: compounds with أبو are written both ways, and neither way wins
    /// everywhere (the corpus has أبوظبي 420 times against أبو ظبي 54, but أبو بكر 143 against أبوبكر 52).
    /// Each is written the way the corpus writes it more often: joined when the joined word is more
    /// frequent than the second word alone, which counts the spaced form. So both spellings give one facet
    /// value. Only a second part of three letters or more is split off (أبواب is not أبو اب).
    /// </summary>
    internal string[] JoinAbu(string[] words)
    {
        var result = new List<string>(words.Length);
        for (int i = 0; i < words.Length; i++)
        {
            string key = ArabicKey.Normalize(words[i]);
            if (key == AbuKey && i + 1 < words.Length)
            {
                string next = ArabicKey.Normalize(words[i + 1]);
                if (next.Length >= 3 && lexicon.Count(key + next) > lexicon.Count(next))
                {
                    result.Add(words[i] + words[i + 1]);
                    i++;
                    continue;
                }
            }
            else if (key.Length >= AbuKey.Length + 3 && key.StartsWith(AbuKey, StringComparison.Ordinal)
                && words[i].Length == key.Length && lexicon.Count(key[AbuKey.Length..]) > lexicon.Count(key))
            {
                result.Add(words[i][..AbuKey.Length]);
                result.Add(words[i][AbuKey.Length..]);
                continue;
            }

            result.Add(words[i]);
        }

        return [.. result];
    }

    /// <summary>
    /// A person value that is only a common given name (محمد, عبدالله): the article could not say which
    /// person, so as a facet value it would lump strangers together.
    /// </summary>
    public bool IsBareGivenName(string canonical)
    {
        ArgumentNullException.ThrowIfNull(canonical);
        var words = canonical.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 1 && IsGivenName(words[0]);
    }

    /// <summary>The normalised أبو.</summary>
    internal static readonly string AbuKey = ArabicKey.Normalize("أبو");

    /// <summary>The key alias variants are matched by: <see cref="Key"/> with عبد ال joined.</summary>
    public static string AliasKey(string name) => Key(JoinAbd(name));

    /// <summary>The alias target of a name of <paramref name="type"/>, or null when the alias file has none.</summary>
    public string? ResolveAlias(string type, string name) => aliases.Resolve(type, AliasKey(name));

    private bool IsGivenName(string word) => names.Any(g => (g.Lookup([ArabicKey.Normalize(word)]) & Gazetteer.GivenName) != 0);

    /// <summary>True when <paramref name="canonical"/> is the target of an alias line.</summary>
    public bool IsAlias(string type, string canonical) => aliases.IsTarget(type, canonical);

    /// <summary>
    /// Latin letters as Arabic writes their names, by normalised key, in one spelling each: an acronym
    /// spelt out (إم بي سي, ام.بي.سي) gets the same value however its hamzas fall, and the corpus'
    /// favourite spelling of a short word (أم "mother" for إم, آل "family" for إل) is not used.
    /// </summary>
    private static readonly Dictionary<string, string> LetterNames = new[]
    {
        "إيه", "بي", "سي", "دي", "آي", "إف", "جي", "إتش", "جيه", "كيه", "كي", "إل", "إم", "إن", "أو", "كيو", "آر",
        "إس", "تي", "يو", "في", "دبليو", "إكس", "واي", "زد",
    }.ToDictionary(w => ArabicKey.Normalize(w), StringComparer.Ordinal);

    /// <summary>
    /// A dotted acronym in letter names (بي.بي.سي, سي.إن.إن, بي.إم.دبليو, with or without spaces) is written
    /// with spaces, as the press mostly writes it (بي بي سي): one facet value for both spellings.
    /// </summary>
    internal static string UndotAcronym(string surface)
    {
        ArgumentNullException.ThrowIfNull(surface);
        if (!surface.Contains('.', StringComparison.Ordinal))
        {
            return surface;
        }

        string[] pieces = [.. surface.Split('.').Select(p => p.Trim())];
        if (pieces[^1].Length == 0)
        {
            pieces = pieces[..^1];
        }

        bool letters = pieces.Length >= 2 && pieces.All(p => p.Length is > 0 and <= 5 && !p.Contains(' ', StringComparison.Ordinal) && p.All(char.IsLetter));
        return letters ? string.Join(' ', pieces) : surface;
    }

    /// <summary>The canonical value of a mention of <paramref name="type"/> (PER, ORG, LOC).</summary>
    public string Canonicalize(string type, string surface)
    {
        string stripped = StripProclitics(UndotAcronym(surface));
        if (ResolveAlias(type, stripped) is { } alias)
        {
            return alias;
        }

        var words = JoinAbu(JoinAbd(stripped).Split(' '));
        if (words.Length >= 2 && words.All(w => LetterNames.ContainsKey(ArabicKey.Normalize(w))))
        {
            return string.Join(' ', words.Select(w => LetterNames[ArabicKey.Normalize(w)]));
        }

        for (int i = 0; i < words.Length; i++)
        {
            // The corpus' favourite spelling of a normalised word is usually the right one for a name, except
            // where that spelling is a function word: علي and على fold together, and the preposition wins;
            // the city فان folds with فإن "for indeed".
            var display = lexicon.Find(ArabicKey.Normalize(words[i]))?.Display;
            words[i] = display is not null && !IsFunctionWord(display) ? display : words[i];
            words[i] = TwinSpelling(words[i]);
        }

        return string.Join(' ', words);
    }

    /// <summary>
    /// Whether a spelling is one of the search stop words, compared as the stop list is written: hamza and
    /// taa marbuta folded, ى still apart from ي (so على is one and علي is not).
    /// </summary>
    private static bool IsFunctionWord(string word)
    {
        var buffer = word.ToCharArray();
        int length = Analysis.ArabicFolding.Fold(buffer, buffer.Length);
        return Analysis.ArabicAnalysis.StopWords.Contains(buffer, 0, length);
    }

    /// <summary>Embedding cluster paths are 11 bits deep (a 16 × 8 × 16 tree); equal paths are the same finest cluster.</summary>
    private const int EmbeddingDepth = 11;

    /// <summary>
    /// The spelling of a foreign name's word that the corpus prefers between its twins with غ and with ج
    /// (فينغر / فينجر, بوينغ / بوينج, شتوتغارت / شتوتجارت): Levantine and Egyptian-Gulf habits render the
    /// same sound (g) with either letter. A word is respelt only when its twin is commoner in the corpus
    /// and both fall in the same Brown class or the same finest embedding cluster, that is when the
    /// corpus uses them alike. Arabic words that differ in the letter are used differently (غرب "west" /
    /// جرب, غاز "gas" / جاز, غدير / جدير) and a name whose twin the corpus lacks (الغامدي) is untouched.
    /// </summary>
    public string TwinSpelling(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        bool ghain = word.Contains('غ'), jeem = word.Contains('ج');
        if (ghain == jeem || (brown is null && embedding is null))
        {
            return word;
        }

        string own = ArabicKey.Normalize(word);
        string twin = ghain ? own.Replace('غ', 'ج') : own.Replace('ج', 'غ');
        long ownCount = lexicon.Count(own), twinCount = lexicon.Count(twin);
        bool commoner = twinCount > ownCount || (twinCount == ownCount && ghain);
        return commoner && twinCount > 0 && (SameUse(own, twin) || SameUse(lexicon.StripOf(own), lexicon.StripOf(twin)))
            ? lexicon.Find(twin)?.Display ?? word
            : word;
    }

    private bool SameUse(string a, string b)
    {
        var (brownA, brownB) = (brown?.Find(a) ?? default, brown?.Find(b) ?? default);
        if (brownA.Length > 0 && brownA == brownB)
        {
            return true;
        }

        var (embeddedA, embeddedB) = (embedding?.Find(a) ?? default, embedding?.Find(b) ?? default);
        return embeddedA.Length >= EmbeddingDepth && embeddedA == embeddedB;
    }
}
