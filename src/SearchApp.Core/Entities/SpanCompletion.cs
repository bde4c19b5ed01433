namespace SearchApp.Core.Entities;

/// <summary>
/// Completes a name the tagger cut short when a curated name of the same type continues it over
/// untagged words: [الجيش العربي] السوري → [الجيش العربي السوري], [دير] الزور → [دير الزور]. The
/// tagger often stops at a nisba adjective or a rare second word, where a list of known names is
/// surer than the sentence (the gazetteer-guided boundary repair of rule-based Arabic NER systems,
/// Shaalan &amp; Raza 2009). Spans are only lengthened, never shortened or retyped, and a span that
/// is itself a listed name is left alone.
/// </summary>
public static class SpanCompletion
{
    private static readonly int BeginPerson = BioTags.Index("B-" + EntityTypes.Person);
    private static readonly int BeginOrganization = BioTags.Index("B-" + EntityTypes.Organization);

    /// <summary>
    /// The sentence-level rules, in the order every tagged document goes through them, at run time
    /// (<see cref="NerTagger.TagDocument"/>) and in cross-validation alike; quoted organisation names
    /// are only collected here and tagged by <see cref="CompleteDocument"/>.
    /// </summary>
    /// <param name="marks">Collects what the document step needs: quoted names and clubs to tag, and the
    /// words that can be no one-word name here, cleared again after propagation.</param>
    internal static void CompleteSentence(Gazetteer curated, TriggerWords triggers, ReadOnlySpan<WordFeatures> words, int[] tags, int sentence,
        DocumentMarks marks)
    {
        var functionWords = marks.FunctionWords;
        Apply(curated, words, tags);
        DropInstitutionPersons(words, tags);
        TrimTails(words, tags);
        DropFormulae(words, tags, sentence, functionWords);
        JoinAcronyms(words, tags);
        FindFunctionWords(curated, triggers, words, sentence, functionWords);
        FindDateMonths(words, sentence, functionWords);
        FindAdjectivalPlaces(words, tags, sentence, functionWords);
        FindCommonWords(triggers, words, tags, sentence, marks.CommonWords);
        DropFunctionWords(functionWords, sentence, tags);
        AddListed(curated, words, tags);
        JoinHeads(triggers, words, tags);
        DropLoneHeads(triggers, words, tags);
        JoinNamedInstitutions(triggers, words, tags);
        FindQuoted(curated, words, tags, sentence, marks.Quoted);
        FindClubs(curated, triggers, words, tags, sentence, marks.Clubs);
    }

    /// <summary>What <see cref="CompleteSentence"/> collects over a document for <see cref="CompleteDocument"/>.</summary>
    internal sealed class DocumentMarks
    {
        public List<(int Sentence, int Token)> Quoted { get; } = [];

        public List<(int Sentence, int Token)> Clubs { get; } = [];

        public List<(int Sentence, int Token)> FunctionWords { get; } = [];

        public List<(int Sentence, int Token)> CommonWords { get; } = [];
    }

    /// <summary>
    /// After <see cref="CompleteSentence"/> on every sentence: name propagation over the document, the
    /// quoted names, the clubs when the tagger itself found one, then the function words again
    /// (propagation matches proclitic-free forms, so the place وان would otherwise mark every أن).
    /// </summary>
    internal static void CompleteDocument(IReadOnlyList<ulong[]> keys, IReadOnlyList<int[]> lengths, IReadOnlyList<int[]> tags, DocumentMarks marks)
    {
        var commonWords = marks.CommonWords.Count == 0 ? marks.CommonWords : UnnamedCommonWords(keys, tags, marks.CommonWords);
        foreach (var (sentence, token) in commonWords)
        {
            DropOneWordName(tags[sentence], token);
        }

        MentionPropagation.Apply(keys, lengths, tags);
        TagQuoted(marks.Quoted, tags);
        if (marks.Clubs.Count > 0 && FindsAClub(keys, tags))
        {
            TagQuoted(marks.Clubs, tags);
        }

        foreach (var (sentence, token) in marks.FunctionWords.Concat(commonWords))
        {
            DropOneWordName(tags[sentence], token);
        }

        DropClubsOutsideSport(keys, tags);
    }

    /// <summary>
    /// The found common words whose word the document never uses inside a longer name: where it does
    /// (حسني مبارك, محمد رضا), a lone مبارك or رضا is that name again.
    /// </summary>
    private static List<(int Sentence, int Token)> UnnamedCommonWords(IReadOnlyList<ulong[]> keys, IReadOnlyList<int[]> tags, List<(int Sentence, int Token)> found)
    {
        var named = new HashSet<ulong>();
        for (int s = 0; s < tags.Count; s++)
        {
            foreach (var (start, end, _) in BioTags.Runs(tags[s]))
            {
                for (int i = start; end - start > 1 && i < end; i++)
                {
                    named.Add(keys[s][i]);
                }
            }
        }

        return [.. found.Where(f => !named.Contains(keys[f.Sentence][f.Token]))];
    }

    /// <param name="names">The curated name lists.</param>
    /// <param name="words">The sentence's words as the tagger described them.</param>
    /// <param name="tags">The sentence's tag indices, changed in place.</param>
    internal static void Apply(Gazetteer names, ReadOnlySpan<WordFeatures> words, int[] tags)
    {
        var norm = NormsOf(words);
        foreach (var (start, end, tag) in BioTags.Runs(tags).ToList())
        {
            string type = BioTags.TypeOf(tag);
            if (!EntityTypes.IsKnown(type))
            {
                continue;
            }

            // A span that is itself a known name stays as it is (الولايات المتحدة [الأمريكية]).
            uint lengths = names.LengthsFrom(norm, words[start].Readings, start, Gazetteer.MaskOf(type));
            int stop = start + 32 - System.Numerics.BitOperations.LeadingZeroCount(lengths);
            bool free = (lengths & (1u << (end - start - 1))) == 0 && stop > end && (stop >= tags.Length || !BioTags.IsInside(tags[stop]));
            for (int k = end; free && k < stop; k++)
            {
                free = tags[k] == 0;
            }

            for (int k = end; free && k < stop; k++)
            {
                tags[k] = tag + 1;
            }

            if (type == EntityTypes.Organization && (lengths & (1u << (end - start - 1))) == 0)
            {
                ExtendLeft(names, words, norm, tags, start, end, tag);
            }
        }
    }

    /// <summary>
    /// An organisation span that is the tail of a listed organisation over untagged words before it takes
    /// in the rest: مؤسسة النقد + [العربي السعودي] → [مؤسسة النقد العربي السعودي] (112 corpus mentions),
    /// المرصد + [السوري لحقوق الإنسان]. Organisations only: lists and ANERcorp draw places differently.
    /// Screening CV +0.0003 (two ANERcorp clubs drawn whole, الدفاع الجديدي).
    /// </summary>
    private static void ExtendLeft(Gazetteer names, ReadOnlySpan<WordFeatures> words, ulong[] norm, int[] tags, int start, int end, int tag)
    {
        for (int p = Math.Max(0, start - 4); p < start && end - p <= 32; p++)
        {
            bool untagged = true;
            for (int k = p; untagged && k < start; k++)
            {
                untagged = tags[k] == 0;
            }

            if (untagged && (names.LengthsFrom(norm, words[p].Readings, p, Gazetteer.Organization) & (1u << (end - p - 1))) != 0)
            {
                tags[p] = tag;
                for (int k = p + 1; k < end; k++)
                {
                    tags[k] = tag + 1;
                }

                return;
            }
        }
    }

    /// <summary>
    /// Joins a one-word span that is only a head word (نهر, مدينة, وزارة, جامعة) to the span of the
    /// same type that follows it: the tagger sometimes opens a second span at the name after its head
    /// ([نهر] [الفرات]), which yields a mention and a facet value of the bare head word.
    /// </summary>
    internal static void JoinHeads(TriggerWords triggers, ReadOnlySpan<WordFeatures> words, int[] tags)
    {
        for (int i = 0; i + 1 < tags.Length; i++)
        {
            int tag = tags[i];
            if (tag == 0 || BioTags.IsInside(tag) || BioTags.IsInside(tags[i + 1]) || tags[i + 1] != tag)
            {
                continue;
            }

            int head = BioTags.TypeOf(tag) switch { "LOC" => triggers.PlaceHead, "ORG" => triggers.OrganizationHead, _ => 0 };
            if (head != 0 && words[i].Trigger == head)
            {
                tags[i + 1] = tag + 1;
            }
        }
    }

    /// <summary>
    /// An indefinite organisation head alone (منظمة «أوكسفام», جامعة, حزب) is no organisation's name: the
    /// name follows it, often in quotes. ANERcorp tags 4 such words alone in train.conll against 288 that
    /// begin a longer name; the tagger had made organisations of منظمة 42 times, جامعة 24 and حزب 17 on the
    /// corpus.
    /// </summary>
    internal static void DropLoneHeads(TriggerWords triggers, ReadOnlySpan<WordFeatures> words, int[] tags)
    {
        int org = BeginOrganization;
        for (int i = 0; i < tags.Length; i++)
        {
            if (tags[i] == org && (i + 1 == tags.Length || tags[i + 1] != org + 1)
                && words[i].Trigger == triggers.OrganizationHead && (words[i].Morph & 3) == 0)
            {
                tags[i] = 0;
            }
        }
    }

    /// <summary>Titles an institution takes with the name of the person it is named after (جامعة الملك سعود, مستشفى الملك فيصل).</summary>
    internal static readonly string[] NamesakeTitles = ["الملك", "الأمير", "الشيخ", "الإمام", "السلطان"];

    private static readonly HashSet<ulong> InstitutionTitles = Hashes(NamesakeTitles);

    /// <summary>
    /// An organisation named after a person: an organisation span that ends in a title (جامعة الملك,
    /// جامعة الأمير), right before a person span, takes the person's name in: جامعة الملك + سعود → جامعة الملك
    /// سعود, جامعة الإمام + محمد بن سعود. A name of one word, or of several joined by بن, is the namesake;
    /// in a longer person span only its first word is (جامعة الملك سعود + عبدالله الصقعبي, a professor).
    /// ANERcorp tags جامعة الملك فهد one organisation; on the corpus the tagger had stopped at the title in
    /// 147 mentions of جامعة الملك / الإمام / الأمير. The title must follow an indefinite head word in the
    /// span: الاتحاد الشيخ + منصور البلوي is a club and its president.
    /// </summary>
    internal static void JoinNamedInstitutions(TriggerWords triggers, ReadOnlySpan<WordFeatures> words, int[] tags)
    {
        int org = BeginOrganization, person = BeginPerson;
        for (int end = 2; end < tags.Length; end++)
        {
            if (tags[end - 1] != org + 1 || tags[end] != person || !InstitutionTitles.Contains(words[end - 1].Norm)
                || !IsInstitutionHead(triggers, words[end - 2]))
            {
                continue;
            }

            int stop = end + 1;
            while (stop < tags.Length && tags[stop] == person + 1)
            {
                stop++;
            }

            // عبد العزيز written in two words is one name.
            int first = Compounds.Contains(words[end].Norm) && stop - end > 1 ? 2 : 1;
            int take = stop - end == first || Son.Contains(words[end + first].Norm) ? stop - end : first;
            for (int k = end; k < end + take; k++)
            {
                tags[k] = org + 1;
            }

            // What is left is a person of its own when two words or more remain after any titles (الدكتور).
            int rest = end + take;
            while (rest < stop && (words[rest].Morph & 3) != 0)
            {
                tags[rest++] = 0;
            }

            for (int k = rest; k < stop; k++)
            {
                tags[k] = stop - rest < 2 ? 0 : k == rest ? person : person + 1;
            }
        }
    }

    private static readonly HashSet<ulong> Son = Hashes("بن", "ابن");

    private static readonly HashSet<ulong> Compounds = Hashes("عبد", "أبو");

    private static readonly HashSet<ulong> InstitutionHeads = Hashes("مستشفى", "كلية", "مدينة", "مجمع");

    /// <summary>An indefinite head word the title follows in the name (جامعة, معهد, مستشفى; not الاتحاد, a club).</summary>
    private static bool IsInstitutionHead(TriggerWords triggers, WordFeatures word) =>
        (word.Morph & 3) == 0 && (word.Trigger == triggers.OrganizationHead || InEitherForm(InstitutionHeads, word));

    private static readonly HashSet<ulong> Opening = Hashes("\"", "«", "“", "(");
    private static readonly HashSet<ulong> Closing = Hashes("\"", "»", "”", ")");

    /// <summary>
    /// Finds untagged listed organisation names that stand alone between quotes or brackets: news
    /// cites papers and agencies so (تحتفظ « الوطن » بنسخة, قال لـ ( اليوم )), and the names are often
    /// common words (الوطن, المدينة, اليوم) that the tagger leaves untagged without the quotes. Only
    /// one-word names: ANERcorp leaves quoted agency initials (د ب أ) untagged. The caller tags them
    /// with <see cref="TagQuoted"/> after name propagation, so that a quoted common word is never
    /// spread over the rest of the document (( الهلال ) the crescent moon, in an article about it).
    /// The same holds between two dashes (the dateline "- سبق -") and right after a press head
    /// (بصحيفة عكاظ, جريدة اليوم), and for such a name the tagger itself tagged as a one-word
    /// organisation: it is untagged here and tagged again by <see cref="TagQuoted"/>, so that « الوطن »
    /// the paper does not make every later الوطن "the homeland" an organisation.
    /// </summary>
    internal static void FindQuoted(Gazetteer names, ReadOnlySpan<WordFeatures> words, int[] tags, int sentence, List<(int Sentence, int Token)> found)
    {
        for (int i = 1; i < tags.Length; i++)
        {
            bool quoted = i + 1 < tags.Length && ((Opening.Contains(words[i - 1].Norm) && Closing.Contains(words[i + 1].Norm))
                || (words[i - 1].Norm == Dash && words[i + 1].Norm == Dash));
            bool press = Press.Contains(words[i - 1].Norm);
            if ((tags[i] == 0 || tags[i] == BeginOrganization) && (quoted || press) && (i + 1 == tags.Length || !BioTags.IsInside(tags[i + 1]))
                && (names.LengthsFrom([words[i].Norm], words[i].Readings, 0, Gazetteer.Organization) & 1) != 0)
            {
                tags[i] = 0; // where the tagger found it itself, it is held back from propagation too and tagged again after it
                found.Add((sentence, i));
            }
        }
    }

    private static readonly ulong Dash = Hash("-");

    /// <summary>Press heads after which a listed name is the paper or agency (بصحيفة عكاظ, لوكالة واس).
    /// The heads are listed with their proclitics, since the corpus counts keep بصحيفة whole.</summary>
    private static readonly HashSet<ulong> Press = Hashes([.. from head in new[] { "صحيفة", "جريدة", "مجلة", "وكالة", "صحيفتا" }
                                                            from clitic in new[] { "", "ب", "ل", "و", "ف", "وب", "ول", "فب", "فل" }
                                                            select clitic + head]);

    /// <summary>Words that make a sentence a sports report (match, league, cup, coach, player, club, round, draw, stadium).</summary>
    private static readonly HashSet<ulong> SportCues = Hashes(
        "مباراة", "المباراة", "مباراته", "مباريات", "المباريات", "الدوري", "دوري", "كأس", "الكأس", "مدرب", "المدرب", "مدربا",
        "لاعب", "اللاعب", "لاعبي", "لاعبا", "نادي", "النادي", "الجولة", "التعادل", "الملعب", "ملعب");

    /// <summary>
    /// Words after which a club's name is a common word: national teams (منتخب الشباب, the youth team),
    /// youth welfare and age groups (رعاية الشباب, فئتي الشباب), and ولي (كأس ولي العهد, the Crown Prince Cup).
    /// </summary>
    private static readonly HashSet<ulong> NotClubContext = Hashes(
        "منتخب", "المنتخب", "منتخبنا", "رعاية", "لرعاية", "برعاية", "فئة", "فئتي", "فئات", "الفئة", "ولي");

    /// <summary>Clubs whose name is a common noun that a nationality adjective follows in its other sense (الاتحاد الكويتي the federation, الشباب السعودي the youth).</summary>
    private static readonly HashSet<ulong> NounClubs = Hashes("الاتحاد", "الشباب");

    /// <summary>Clubs whose name is a noun that مع follows in its other sense (الاتفاق مع "the agreement with", التعاون مع).</summary>
    private static readonly HashSet<ulong> PactClubs = Hashes("الاتفاق", "التعاون");

    private static readonly ulong With = Hash("مع");

    /// <summary>Club heads after which the club's name follows (نادي النصر); other organisation heads make it a common word (مجلس التعاون).</summary>
    private static readonly HashSet<ulong> ClubHeads = Hashes("نادي", "النادي", "فريق", "الفريق");

    private static readonly Lazy<(HashSet<ulong> Plain, HashSet<ulong> WithBa)> Clubs = new(() =>
    {
        var names = NerResources.OneWordClubs();
        return ([.. names.Select(n => FeatureHash.Of(n))],
            [.. names.SelectMany(n => new[] { "ب", "وب", "فب" }.Select(p => FeatureHash.Of(p + n)))]);
    });

    /// <summary>
    /// Finds untagged one-word football clubs of the curated list (الهلال, النصر, الشباب, الاتفاق) in a
    /// sentence that reads as a sports report. Club names are common words ("crescent", "victory",
    /// "youth"), which the tagger leaves O unless the context is strong. The word as written or in its
    /// likeliest proclitic-free form (للهلال) must be the club; words listed as a person or a place too
    /// are left alone. Like quoted names they are tagged after propagation (<see cref="TagQuoted"/>).
    /// </summary>
    internal static void FindClubs(Gazetteer names, TriggerWords triggers, ReadOnlySpan<WordFeatures> words, int[] tags, int sentence, List<(int Sentence, int Token)> found)
    {
        bool sport = false;
        foreach (var word in words)
        {
            if (InEitherForm(SportCues, word))
            {
                sport = true;
                break;
            }
        }

        for (int i = 0; sport && i < words.Length; i++)
        {
            var word = words[i];
            if (tags[i] != 0 || (i + 1 < tags.Length && BioTags.IsInside(tags[i + 1])) || !InEitherForm(Clubs.Value.Plain, word))
            {
                continue;
            }

            // Not after another organisation's head (مجلس التعاون) or a word of NotClubContext; not with ب, which
            // makes a phrase (بالتعاون مع "in cooperation with"); a NounClubs name before a definite nisba
            // adjective is the noun (الاتحاد الكويتي, الشباب السعودي), and a PactClubs name before مع too.
            bool common = i > 0 && ((words[i - 1].Trigger == triggers.OrganizationHead && !InEitherForm(ClubHeads, words[i - 1]))
                || InEitherForm(NotClubContext, words[i - 1]));
            common |= Clubs.Value.WithBa.Contains(word.Norm);
            common |= i + 1 < words.Length && ((NounClubs.Contains(word.Stripped) && (words[i + 1].Morph & 5) == 5)
                || (PactClubs.Contains(word.Stripped) && words[i + 1].Norm == With));
            if (!common && (names.LengthsFrom([word.Norm], word.Readings, 0, Gazetteer.Person | Gazetteer.Location) & 1) == 0)
            {
                found.Add((sentence, i));
            }
        }
    }

    /// <summary>
    /// True when the tagger (or propagation) tagged a listed club as an organisation somewhere in the
    /// document: the article then speaks of clubs, and <see cref="FindClubs"/>'s finds are tagged too. An
    /// article on youth welfare (رعاية الشباب) or an agreement (الاتفاق) that happens to mention a league
    /// has no such mention.
    /// </summary>
    internal static bool FindsAClub(IReadOnlyList<ulong[]> keys, IReadOnlyList<int[]> tags) =>
        OneWordOrganizations(keys, tags, Clubs.Value.Plain).Any();

    /// <summary>Where a one-word organisation span (B-ORG with no I-ORG after it) is a word of <paramref name="names"/>.</summary>
    private static IEnumerable<(int Sentence, int Token)> OneWordOrganizations(IReadOnlyList<ulong[]> keys, IReadOnlyList<int[]> tags, HashSet<ulong> names)
    {
        int org = BeginOrganization;
        for (int s = 0; s < tags.Count; s++)
        {
            for (int i = 0; i < tags[s].Length; i++)
            {
                if (tags[s][i] == org && names.Contains(keys[s][i]) && (i + 1 == tags[s].Length || !BioTags.IsInside(tags[s][i + 1])))
                {
                    yield return (s, i);
                }
            }
        }
    }

    /// <summary>
    /// Clubs whose name is a common noun: الهلال "the crescent", النصر "victory", الشباب "youth", الاتفاق
    /// "the agreement", الفتح, الوحدة "unity", الرائد, النهضة, العروبة, الشعلة "the torch". (الاتحاد and التعاون
    /// are left out: alone they are also the European Union or the Gulf Cooperation Council.)
    /// </summary>
    private static readonly HashSet<ulong> NounClubNames = Hashes("الهلال", "النصر", "الشباب", "الاتفاق", "الفتح", "الوحدة", "الرائد", "النهضة", "العروبة", "الشعلة");

    /// <summary>
    /// A one-word organisation that is a common-noun club (<see cref="NounClubNames"/>) is no name in a
    /// document without a single sports word (match, league, cup, coach, player, club, team...): رؤية الهلال
    /// is the sighting of the crescent moon, not of Al-Hilal. News of 2015 names the clubs often, so the
    /// tagger learns them; ANERcorp's article on the crescent moon tags الهلال O 36 times.
    /// </summary>
    internal static void DropClubsOutsideSport(IReadOnlyList<ulong[]> keys, IReadOnlyList<int[]> tags)
    {
        // Most documents have no such club: the sports words are only looked for when there is one.
        if (!OneWordOrganizations(keys, tags, NounClubNames).Any()
            || keys.Any(sentence => sentence.Any(key => SportCues.Contains(key) || ClubHeads.Contains(key))))
        {
            return;
        }

        foreach (var (s, i) in OneWordOrganizations(keys, tags, NounClubNames))
        {
            tags[s][i] = 0; // the scan has moved past this token, so clearing it is safe
        }
    }

    /// <summary>Tags as one-word ORG names the tokens <see cref="FindQuoted"/> found, where they are still untagged.</summary>
    internal static void TagQuoted(List<(int Sentence, int Token)> found, IReadOnlyList<int[]> tags)
    {
        int b = BeginOrganization;
        foreach (var (s, i) in found)
        {
            if (tags[s][i] == 0)
            {
                tags[s][i] = b;
            }
        }
    }

    private static readonly (byte Mask, string Type)[] ListTypes = [(Gazetteer.Person, "PER"), (Gazetteer.Location, "LOC"), (Gazetteer.Organization, "ORG")];

    /// <summary>
    /// Tags a curated person or place name of two words or more that the tagger left wholly untagged
    /// (لمعمر القذافي, المنطقة الشرقية, ساحل العاج): multi-word entries of those lists are rarely anything
    /// but the name, whereas the sentence's context can outweigh the list mark in a linear model.
    /// Organisations are left out (ANERcorp leaves ministries and other bodies named by their function
    /// untagged: وزارة الخارجية), and so are words listed under two types.
    /// </summary>
    internal static void AddListed(Gazetteer names, ReadOnlySpan<WordFeatures> words, int[] tags)
    {
        ulong[]? norm = null;
        for (int i = 0; i + 1 < tags.Length; i++)
        {
            if (tags[i] != 0 || tags[i + 1] != 0)
            {
                continue;
            }

            norm ??= NormsOf(words);
            int best = 0;
            string? type = null;
            foreach (var (mask, name) in ListTypes)
            {
                uint lengths = names.LengthsFrom(norm, words[i].Readings, i, mask);
                int longest = 32 - System.Numerics.BitOperations.LeadingZeroCount(lengths);
                if (longest > best)
                {
                    (best, type) = (longest, name);
                }
                else if (longest == best && longest > 0)
                {
                    type = null; // the same words listed under two types
                }
            }

            if (best < 2 || type is null or "ORG" || i + best > tags.Length || (i + best < tags.Length && BioTags.IsInside(tags[i + best])))
            {
                continue;
            }

            bool free = true;
            for (int k = i; k < i + best; k++)
            {
                free &= tags[k] == 0;
            }

            if (!free)
            {
                continue;
            }

            int b = BioTags.Index("B-" + type);
            tags[i] = b;
            for (int k = i + 1; k < i + best; k++)
            {
                tags[k] = b + 1;
            }

            i += best - 1;
        }
    }

    /// <summary>
    /// Function words (لي "to me" after قال, أن "that", أين "where") that can be no one-word name: those
    /// with no title, role or head word before them (السيدة لي and مدينة فان stay names).
    /// </summary>
    internal static void FindFunctionWords(Gazetteer names, TriggerWords triggers, ReadOnlySpan<WordFeatures> words, int sentence, List<(int Sentence, int Token)> found)
    {
        var functionWords = FunctionWords(names);
        for (int i = 0; i < words.Length; i++)
        {
            int before = i > 0 ? words[i - 1].Trigger : 0;
            if (functionWords.Contains(words[i].Norm)
                && (before == 0 || before == triggers.Speech || before == triggers.Direction || before == triggers.PlacePreposition))
            {
                found.Add((sentence, i));
            }
        }
    }

    /// <summary>Month names of the Syriac (Levantine) and the Gregorian calendar, as <see cref="ArabicKey.Normalize"/> writes them.</summary>
    private static readonly HashSet<ulong> Months = Hashes(
        "كانون", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين",
        "يناير", "فبراير", "مارس", "أبريل", "إبريل", "مايو", "يونيو", "يونيه", "يوليو", "يوليه", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر");

    private static readonly ulong Month = Hash("شهر");

    /// <summary>
    /// Month names in a date, which can be no one-word name: next to a number (18 نيسان, نيسان 1998),
    /// after شهر, or within three words of another month name (أبريل / نيسان, نيسان ( أبريل )). ANERcorp
    /// tags the month O and only the car maker نيسان (Nissan) ORG; the tagger had made the month an
    /// organisation in 272 SaudiNewsNet articles.
    /// </summary>
    internal static void FindDateMonths(ReadOnlySpan<WordFeatures> words, int sentence, List<(int Sentence, int Token)> found)
    {
        for (int i = 0; i < words.Length; i++)
        {
            if (!Months.Contains(words[i].Norm))
            {
                continue;
            }

            bool date = (i > 0 && (WordShape.IsNumber(words[i - 1].Shape) || words[i - 1].Norm == Month))
                || (i + 1 < words.Length && WordShape.IsNumber(words[i + 1].Shape));
            for (int k = Math.Max(0, i - 3); !date && k < Math.Min(words.Length, i + 4); k++)
            {
                date = k != i && Months.Contains(words[k].Norm);
            }

            if (date)
            {
                found.Add((sentence, i));
            }
        }
    }

    /// <summary>Place names that are also a feminine nisba adjective: السعودية is Saudi Arabia and "Saudi".</summary>
    private static readonly HashSet<ulong> AdjectivalPlaces = Hashes("السعودية");

    private static readonly ulong Arabic = Hash("العربية");

    /// <summary>
    /// Set phrases whose second word is an adjective the tagger reads as a surname: الذكر الحكيم "the Wise
    /// Reminder" (the Quran) and العزيز الحكيم "the Mighty, the Wise" (of God); 37 of the corpus's 93
    /// person mentions الحكيم. A general rule (any definite word after a definite noun) was tried and
    /// dropped: the trigger lists lack ranks and epithets (المقدم القرني, الشهيد الحارثي).
    /// </summary>
    private static readonly HashSet<(ulong, ulong)> Epithets =
    [
        (Hash("الذكر"), Hash("الحكيم")),
        (Hash("العزيز"), Hash("الحكيم")),
    ];

    /// <summary>
    /// A place name used as an adjective after a definite noun, which ANERcorp tags O (الأفلام السعودية
    /// "Saudi films", العلاقات السعودية المصرية; 344 nisba adjectives after a definite noun in train.conll,
    /// all O). Only السعودية reads both ways among the corpus's places; the tagger and name propagation
    /// had made a place of it in 2,804 such spots. After العربية it is the end of the country's name.
    /// Also the second word of a set phrase in <see cref="Epithets"/>.
    /// </summary>
    internal static void FindAdjectivalPlaces(ReadOnlySpan<WordFeatures> words, int[] tags, int sentence, List<(int Sentence, int Token)> found)
    {
        for (int i = 1; i < words.Length; i++)
        {
            if (AdjectivalPlaces.Contains(words[i].Norm) && tags[i - 1] == 0 && (words[i - 1].Morph & 3) != 0 && words[i - 1].Norm != Arabic)
            {
                found.Add((sentence, i));
            }
            else if (Epithets.Contains((words[i - 1].Norm, words[i].Norm)))
            {
                found.Add((sentence, i));
            }
        }
    }

    /// <summary>
    /// Names that 2015 news mostly writes as common words: مشرف "supervisor" (Musharraf), مالي "financial"
    /// (Mali), مشهد "scene" (Mashhad), مبارك "blessed" (Mubarak), عزيز "dear", كريم "generous", رضا
    /// "satisfaction", غريب "strange", حنين "longing", انتقام "revenge", نصر "victory",
    /// هلال "crescent", شيخ (a title), باكستاني "Pakistani", معهد "institute", سيلفي "selfie", أمي "my
    /// mother", كورونا (the MERS virus, which the tagger made an organisation in 101 mentions), الحكيم "wise".
    /// Found as the one-word facet values of the whole corpus that its lexicon writes at least half as
    /// often with ال as without (المشهد, المالي: a name seldom takes the article), then read in context; loanwords
    /// that take ال too (الناتو, اليوتيوب) and values that were mostly right (صبر, ليل, ناس) were left out.
    /// ANERcorp's identity weights (Musharraf and Mubarak were in the 2006 news) made names of them in
    /// hundreds of articles.
    /// </summary>
    private static readonly HashSet<ulong> CommonWords = Hashes(
        "مشرف", "مالي", "مشهد", "مبارك", "عزيز", "كريم", "رضا", "غريب", "حنين", "انتقام", "نصر", "هلال",
        "شيخ", "باكستاني", "معهد", "سيلفي", "أمي", "كورونا", "الحكيم");

    /// <summary>Spellings that are common words only as written: على "on" folds to the name علي (Ali).</summary>
    private static readonly HashSet<ulong> CommonSpellings = [FeatureHash.Combine(FeatureTemplates.Word, FeatureHash.Of("على"))];

    private static readonly ulong Comma = Hash("،");

    /// <summary>Words before a place or a people that the trigger lists lack: لدى مالي, شعب مالي, منتخب مالي, × مالي (a fixture).</summary>
    private static readonly HashSet<ulong> CommonWordCues = Hashes("لدى", "شعب", "منتخب", "أهالي", "بلاد", "×");

    /// <summary>
    /// A word of <see cref="CommonWords"/> can be no one-word name unless something in the sentence says
    /// it is one: a trigger word before it other than a speech verb (مدينة مشهد, شمال مالي, في مالي, الرئيس
    /// مبارك), or a name right next to it, alone or across a comma (مالي وأوكرانيا, نيجيريا ، مالي). Within a
    /// longer name (حسني مبارك, محمد رضا) it is never dropped, nor alone in a document that uses it inside a
    /// longer name. The document step drops the found words before name propagation and again after it.
    /// </summary>
    internal static void FindCommonWords(TriggerWords triggers, ReadOnlySpan<WordFeatures> words, int[] tags, int sentence, List<(int Sentence, int Token)> found)
    {
        for (int i = 0; i < words.Length; i++)
        {
            if (!InEitherForm(CommonWords, words[i]) && !CommonSpellings.Contains(words[i].Keys[1]))
            {
                continue;
            }

            int before = i > 0 ? words[i - 1].Trigger : 0;
            bool cue = (before != 0 && before != triggers.Speech) || (i > 0 && InEitherForm(CommonWordCues, words[i - 1]));
            bool left = (i > 0 && tags[i - 1] != 0) || (i > 1 && words[i - 1].Norm == Comma && tags[i - 2] != 0);
            bool right = (i + 1 < words.Length && tags[i + 1] != 0 && !BioTags.IsInside(tags[i + 1]))
                || (i + 2 < words.Length && words[i + 1].Norm == Comma && tags[i + 2] != 0);
            if (!cue && !left && !right)
            {
                found.Add((sentence, i));
            }
        }
    }

    /// <summary>Clears the one-word names of sentence <paramref name="sentence"/> (the last found) that stand on a found function word.</summary>
    internal static void DropFunctionWords(List<(int Sentence, int Token)> found, int sentence, int[] tags)
    {
        for (int k = found.Count - 1; k >= 0 && found[k].Sentence == sentence; k--)
        {
            DropOneWordName(tags, found[k].Token);
        }
    }

    private static void DropOneWordName(int[] tags, int i)
    {
        if (tags[i] != 0 && !BioTags.IsInside(tags[i]) && (i + 1 == tags.Length || !BioTags.IsInside(tags[i + 1])))
        {
            tags[i] = 0;
        }
    }

    /// <summary>
    /// A dotted acronym (إن.بي.سي: letters, full stop, letters …, within one sentence, which only happens
    /// when no space follows the full stops) with any piece tagged becomes one name of that piece's type.
    /// </summary>
    internal static void JoinAcronyms(ReadOnlySpan<WordFeatures> words, int[] tags)
    {
        for (int i = 0; i < words.Length; i++)
        {
            if (words[i].Piece != 2 || i + 2 >= words.Length || words[i + 1].Piece != 1 || words[i + 2].Piece is not (2 or 3))
            {
                continue;
            }

            int end = i + 3;
            while (end + 1 < words.Length && words[end].Piece == 1 && words[end + 1].Piece is 2 or 3)
            {
                end += 2;
            }

            int tagged = -1;
            for (int k = i; k < end && tagged < 0; k++)
            {
                tagged = tags[k] != 0 && EntityTypes.IsKnown(BioTags.TypeOf(tags[k])) ? k : -1;
            }

            if (tagged >= 0)
            {
                string type = BioTags.TypeOf(tags[tagged]);
                tags[i] = BioTags.Index("B-" + type);
                for (int k = i + 1; k < end; k++)
                {
                    tags[k] = BioTags.Index("I-" + type);
                }

                if (end < tags.Length && BioTags.IsInside(tags[end]))
                {
                    tags[end] = BioTags.Index("B-" + BioTags.TypeOf(tags[end]));
                }
            }

            i = end - 1;
        }
    }

    /// <summary>Adjectives that end institution names, never a person's (ANERcorp: O 120 times, I-ORG 36, I-PER never).</summary>
    private static readonly HashSet<ulong> InstitutionAdjectives = Hashes("الدولي", "الدولية", "للعلوم", "الطبية", "الجامعي", "التخصصي");

    /// <summary>
    /// A person span that ends in an institution's adjective is the person an institution is named after
    /// (مطار الملك [عبدالعزيز الدولي], مدينة الملك [عبدالعزيز للعلوم] والتقنية): the span is no person name.
    /// </summary>
    internal static void DropInstitutionPersons(ReadOnlySpan<WordFeatures> words, int[] tags)
    {
        foreach (var (start, end, tag) in BioTags.Runs(tags))
        {
            if (end - start > 1 && BioTags.TypeOf(tag) == EntityTypes.Person && InstitutionAdjectives.Contains(words[end - 1].Norm))
            {
                Array.Fill(tags, 0, start, end - start);
            }
        }
    }

    /// <summary>Words the tagger carries on after a person's name: بعث الملك سلمان [برقية] تهنئة "a cable of congratulation".</summary>
    private static readonly HashSet<ulong> PersonTails = Hashes("برقية", "برقيتي", "برقيتين");

    private static readonly ulong Heir = Hash("ولي");

    /// <summary>
    /// Compass adjectives in the masculine, which agree with a head before the place (ريف دير الزور [الجنوبي
    /// الشرقي] "the south-eastern countryside of Deir ez-Zor"), not with the place: ANERcorp puts them after a
    /// place as O, and inside a place of three words or more once (ساحل بحر الصين الشرقي).
    /// </summary>
    private static readonly HashSet<ulong> Compass = Hashes("الجنوبي", "الشمالي", "الشرقي", "الغربي");

    private static readonly HashSet<ulong> Crown = Hashes("العهد", "عهد");

    /// <summary>
    /// Cuts what no name ends in off the end of a span: punctuation (الملك [عبدالعزيز -] طيب الله ثراه -);
    /// off a person, a cable (الأمير محمد بن نايف [برقية] تهنئة, 101 corpus mentions) or the ولي of ولي العهد
    /// (الأمير محمد بن سلمان [ولي] ولي العهد, 56); off a place, masculine compass adjectives that follow a name
    /// of two words or more (دير الزور [الجنوبي الشرقي]), while القطب الشمالي stays whole.
    /// </summary>
    internal static void TrimTails(ReadOnlySpan<WordFeatures> words, int[] tags)
    {
        foreach (var (start, end, tag) in BioTags.Runs(tags))
        {
            bool person = BioTags.TypeOf(tag) == EntityTypes.Person;
            bool place = BioTags.TypeOf(tag) == EntityTypes.Location;
            if (person && end - start == 1 && InEitherForm(PersonTails, words[start]))
            {
                tags[start] = 0; // the cable alone, after a name the tagger closed before it
                continue;
            }

            for (int last = end - 1; last > start; last--)
            {
                bool cut = WordShape.IsPunctuation(words[last].Shape)
                    || (place && last > start + 1 && Compass.Contains(words[last].Norm))
                    || (person && (InEitherForm(PersonTails, words[last])
                        || (words[last].Norm == Heir && last + 1 < words.Length && Crown.Contains(words[last + 1].Norm))));
                if (!cut)
                {
                    break;
                }

                tags[last] = 0;
            }
        }
    }

    private static ulong Hash(string word) => FeatureHash.Of(ArabicKey.Normalize(word));

    private static HashSet<ulong> Hashes(params string[] words) => [.. words.Select(Hash)];

    /// <summary>Whether the word as written or in its likeliest proclitic-free form is in <paramref name="set"/>.</summary>
    private static bool InEitherForm(HashSet<ulong> set, WordFeatures word) => set.Contains(word.Norm) || set.Contains(word.Stripped);

    private static readonly ulong God = Hash("الله");

    /// <summary>Praise after the name of God, which the tagger reads as a person: الله تعالى, الله عز (وجل), الله سبحانه.</summary>
    private static readonly HashSet<ulong> Exalted = Hashes("تعالى", "عز", "سبحانه");

    /// <summary>The praise words that are no name alone either (عز is also a name: عز الدين).</summary>
    private static readonly HashSet<ulong> ExaltedAlone = Hashes("تعالى", "سبحانه");

    /// <summary>Blessings said after a name: رضي الله (عنه), رحمه الله, حفظه الله.</summary>
    private static readonly HashSet<ulong> Blessings = Hashes("رضي", "رحمه", "رحمها", "يرحمه", "غفر", "سامح", "حفظه", "رعاه", "وفقه");

    /// <summary>Set phrases with الله that are no name on their own: (ب)توفيق الله, (ب)حمد الله, معاذ الله, عباد الله, أحمد الله "I thank God".</summary>
    private static readonly HashSet<ulong> Formulae = [.. Hashes("توفيق", "حمد", "معاذ", "عباد", "أحمد", "رضا"), .. Blessings];

    /// <summary>
    /// Religious formulae read as person names: a two-word person span that is a set phrase with الله
    /// (بعد توفيق الله "after God's help", بحمد الله "thank God") is dropped, and a blessing after a name is
    /// cut off it (عثمان [رضي الله] عنه, عبدالعزيز [رحمه الله]); so is الله with praise (الله تعالى). ANERcorp has almost none of these (one
    /// حفظه الله, not a person); on SaudiNewsNet the tagger had made persons of them in some 200 articles.
    /// A name that merely ends in الله (حسن نصر الله, رامي حمد الله) is left alone. The words of a dropped
    /// phrase go to <paramref name="found"/>, so that name propagation cannot make one-word names of
    /// them again (حمد is also a given name).
    /// </summary>
    internal static void DropFormulae(ReadOnlySpan<WordFeatures> words, int[] tags, int sentence, List<(int Sentence, int Token)> found)
    {
        foreach (var (start, end, tag) in BioTags.Runs(tags))
        {
            if (BioTags.TypeOf(tag) == EntityTypes.Person && end - start == 1 && ExaltedAlone.Contains(words[start].Norm))
            {
                tags[start] = 0; // تعالى alone, after an untagged الله
                found.Add((sentence, start));
                continue;
            }

            if (BioTags.TypeOf(tag) != EntityTypes.Person || end - start < 2)
            {
                continue;
            }

            // الله with praise (الله تعالى) as the whole span; a formula or blessing ends in الله.
            var word = words[end - 2];
            bool praise = end - start == 2 && word.Norm == God && Exalted.Contains(words[end - 1].Norm);
            bool blessing = words[end - 1].Norm == God && InEitherForm(Blessings, word);
            bool whole = end - start == 2 && words[end - 1].Norm == God && (blessing || InEitherForm(Formulae, word));
            if (praise || whole || (end - start > 2 && blessing))
            {
                Array.Fill(tags, 0, end - 2, 2);
                found.Add((sentence, end - 2));
                found.Add((sentence, end - 1));
            }
        }
    }

    /// <summary>Per name list (the listed names are taken out, so على, folded to علي, stays a possible name).</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Gazetteer, HashSet<ulong>> FunctionWordSets = [];

    /// <summary>
    /// Function words the analyzer's stop list lacks: لي "to me", ولئن "and if" (a person 17 times on the
    /// corpus; لئن alone folds to the name لين), بي "me" (اتصل بي), وين "where" (Gulf dialect).
    /// </summary>
    private static readonly string[] ExtraFunctionWords = ["لي", "ولئن", "بي", "وين"];

    private static HashSet<ulong> FunctionWords(Gazetteer names) => FunctionWordSets.GetValue(names, n =>
    [
        .. Analysis.ArabicAnalysis.StopWords.Select(w => ArabicKey.Normalize(w.ToString()!)).Concat(ExtraFunctionWords.Select(w => ArabicKey.Normalize(w)))
            .Where(w => n.Lookup([w]) == 0)
            .Select(w => FeatureHash.Of(w)),
    ]);

    private static ulong[] NormsOf(ReadOnlySpan<WordFeatures> words)
    {
        var norm = new ulong[words.Length];
        for (int i = 0; i < words.Length; i++)
        {
            norm[i] = words[i].Norm;
        }

        return norm;
    }
}
