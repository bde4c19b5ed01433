using SearchApp.Core.Entities;

namespace SearchApp.Core.Tests.Entities;

public class SpanScoringTests
{
    private static string[] Tags(string s) => s.Split(' ');

    [Theory]
    // B then I is one span; a new B starts another
    [InlineData("B-PER I-PER O B-LOC", "PER:0-2 LOC:3-4")]
    [InlineData("B-ORG B-ORG I-ORG", "ORG:0-1 ORG:1-3")]
    // conlleval reads an orphan I-X as the start of a span
    [InlineData("O I-LOC I-LOC", "LOC:1-3")]
    // a type change inside a run ends the span
    [InlineData("B-PER I-LOC", "PER:0-1 LOC:1-2")]
    [InlineData("O O", "")]
    public void SpansAreReadAsConllevalReadsThem(string tags, string expected)
    {
        string actual = string.Join(' ', BioTags.Spans(Tags(tags)).Select(s => $"{s.Type}:{s.Start}-{s.End}"));
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void AnExactMatchScoresOne()
    {
        var scorer = new SpanScorer();
        scorer.Add(Tags("B-PER I-PER O B-LOC"), Tags("B-PER I-PER O B-LOC"));
        Assert.Equal(new TypeScore(1, 1, 1, 1), scorer.Score("PER"));
        Assert.Equal(1.0, scorer.Micro().F1);
    }

    [Theory]
    // predicted span too short, too long, shifted, or of the wrong type: each is one false
    // positive and one false negative, never partial credit
    [InlineData("B-PER I-PER O", "B-PER O O")]
    [InlineData("B-PER O O", "B-PER I-PER O")]
    [InlineData("O B-ORG I-ORG", "B-ORG I-ORG O")]
    [InlineData("B-LOC I-LOC O", "B-ORG I-ORG O")]
    public void APartialOverlapCountsAsBothErrors(string gold, string predicted)
    {
        var scorer = new SpanScorer();
        scorer.Add(Tags(gold), Tags(predicted));
        var micro = scorer.Micro();
        Assert.Equal(0, micro.P);
        Assert.Equal(0, micro.R);
        Assert.Equal(1, micro.Support);
    }

    [Fact]
    public void MicroPoolsPerLocOrgAndIgnoresMisc()
    {
        var scorer = new SpanScorer();
        scorer.Add(Tags("B-PER O B-LOC O B-MISC B-ORG"), Tags("B-PER O B-ORG O O B-ORG"));
        // PER right, LOC missed and an ORG invented, ORG right, MISC not scored
        var micro = scorer.Micro();
        Assert.Equal(3, micro.Support);
        Assert.Equal(2.0 / 3, micro.P, 6);
        Assert.Equal(2.0 / 3, micro.R, 6);
    }

    [Fact]
    public void JsonHasTheContractShape()
    {
        var scorer = new SpanScorer();
        scorer.Add(Tags("B-PER O"), Tags("B-PER O"));
        using var doc = System.Text.Json.JsonDocument.Parse(scorer.ToJson());
        Assert.Equal(["PER", "LOC", "ORG", "micro"], doc.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(1.0, doc.RootElement.GetProperty("PER").GetProperty("f1").GetDouble());
        Assert.Equal(0, doc.RootElement.GetProperty("LOC").GetProperty("support").GetInt32());
    }

    [Fact]
    public void ViterbiNeverEmitsAnInsideTagAfterOutside()
    {
        int tags = BioTags.Count;
        var emissions = new float[3 * tags];
        emissions[(0 * tags) + 0] = 20;              // token 0 is surely O
        emissions[(1 * tags) + BioTags.Index("I-PER")] = 10; // token 1 wants I-PER
        emissions[(2 * tags) + 0] = 5;
        var best = new int[3];
        Viterbi.Decode(emissions, new float[(tags + 1) * tags], 3, best);
        Assert.NotEqual(BioTags.Index("I-PER"), best[1]);
        for (int i = 1; i < 3; i++)
        {
            Assert.True(BioTags.Allowed(best[i - 1], best[i]));
        }
    }
    [Fact]
    public void RecallOnUnseenNamesIsCountedPerTypeAndPooledAcrossFolds()
    {
        var a = new SpanScorer();
        a.AddUnseen("PER", found: true);
        a.AddUnseen("PER", found: false);
        a.AddUnseen("MISC", found: false); // not a scored type: left out of the pooled figure
        var b = new SpanScorer();
        b.AddUnseen("ORG", found: true);
        b.AddUnseen("ORG", found: true);
        a.Merge(b);
        Assert.Equal((0.5, 2), a.Unseen("PER"));
        Assert.Equal((1.0, 2), a.Unseen("ORG"));
        Assert.Equal((0.75, 4), a.Unseen());
        Assert.True(double.IsNaN(new SpanScorer().Unseen("LOC").Recall));
    }
    [Theory]
    [InlineData("نهر الفرات", "B-LOC B-LOC", "B-LOC I-LOC")]       // a head word alone, then its name: one span
    [InlineData("وزارة الخارجية", "B-ORG B-ORG", "B-ORG I-ORG")]
    [InlineData("بغداد دمشق", "B-LOC B-LOC", "B-LOC B-LOC")]        // two names, no head word: untouched
    [InlineData("نهر الفرات", "B-LOC B-ORG", "B-LOC B-ORG")]        // a different type follows: untouched
    [InlineData("نهر الفرات", "B-PER B-PER", "B-PER B-PER")]        // only place and organisation heads join
    public void AHeadWordSpanJoinsTheSameTypeSpanAfterIt(string text, string tags, string expected)
    {
        var features = SharedExtractor.Value.Tagger.Features;
        string[] tokens = text.Split(' ');
        var words = tokens.Select(features.Word).ToArray();
        int[] indices = [.. tags.Split(' ').Select(BioTags.Index)];
        SpanCompletion.JoinHeads(features.Triggers, words, indices);
        Assert.Equal(expected, string.Join(' ', indices.Select(t => BioTags.Names[t])));
    }

    [Theory]
    [InlineData("تحتفظ « الوطن » بنسخة", "O O O O O", "O O B-ORG O O")]        // a listed paper alone in quotes
    [InlineData("قال لـ ( اليوم ) إن", "O O O O O O", "O O O B-ORG O O")]       // or in brackets
    [InlineData("حب الوطن واجب", "O O O", "O O O")]                          // the common word unquoted: untouched
    [InlineData("« الوطن العربي »", "O O O O", "O O O O")]                   // two words in the quotes: untouched
    [InlineData("« شجرة »", "O O O", "O O O")]                               // not a listed organisation
    [InlineData("« الوطن »", "O B-LOC O", "O B-LOC O")]                      // already tagged as another type: kept
    [InlineData("« الوطن »", "O B-ORG O", "O B-ORG O")]                      // tagged by the tagger: held back from propagation, tagged again
    [InlineData("فهد كاملي - سبق - جازان :", "B-PER I-PER O O O B-LOC O", "B-PER I-PER O B-ORG O B-LOC O")] // a dateline between dashes
    [InlineData("رابط الخبر بصحيفة عكاظ :", "O O O O O", "O O O B-ORG O")]    // after a press head
    [InlineData("نشرت صحيفة الشرق الأوسط تقريرا", "O O O O O", "O O O O O")] // a longer name: the tagger's call
    public void AListedOrganisationAloneInQuotesIsTaggedAfterPropagation(string text, string tags, string expected)
    {
        var features = SharedExtractor.Value.Tagger.Features;
        var words = text.Split(' ').Select(features.Word).ToArray();
        int[] indices = [.. tags.Split(' ').Select(BioTags.Index)];
        var found = new List<(int, int)>();
        SpanCompletion.FindQuoted(features.Curated, words, indices, 0, found);
        string[] before = tags.Split(' ');
        foreach (var (_, token) in found)
        {
            before[token] = "O"; // finding only clears what it found, until TagQuoted (after propagation)
        }

        Assert.Equal(string.Join(' ', before), string.Join(' ', indices.Select(t => BioTags.Names[t])));
        SpanCompletion.TagQuoted(found, [indices]);
        Assert.Equal(expected, string.Join(' ', indices.Select(t => BioTags.Names[t])));
    }

    [Fact]
    public void AQuotedCommonWordIsNotSpreadOverTheDocument()
    {
        // ( الهلال ) tagged as the club must not mark every later الهلال (the crescent moon) as ORG.
        var tagger = SharedExtractor.Value.Tagger;
        IReadOnlyList<string>[] sentences = [["تحتفظ", "«", "الوطن", "»", "بنسخة", "."], ["حب", "الوطن", "من", "الإيمان", "."]];
        var tags = tagger.TagDocument(sentences);
        Assert.Equal("B-ORG", BioTags.Names[tags[0][2]]);
        Assert.Equal("O", BioTags.Names[tags[1][1]]);
    }

    [Theory]
    [InlineData("صورة لمعمر القذافي أمس", "O O O O", "O B-PER I-PER O")]      // a listed person, proclitic and all
    [InlineData("أمانة المنطقة الشرقية أعلنت", "O O O O", "O B-LOC I-LOC O")]  // a listed two-word place
    [InlineData("بيان وزارة الخارجية أمس", "O O O O", "O O O O")]             // listed organisations are not added
    [InlineData("زار القذافي أمس", "O O O", "O O O")]                         // one-word names are the tagger's call
    [InlineData("صورة لمعمر القذافي أمس", "O B-PER O O", "O B-PER O O")]      // a span already there is not redrawn
    public void AWhollyUntaggedMultiWordListedPersonOrPlaceIsTagged(string text, string tags, string expected) =>
        Assert.Equal(expected, Applied(text, tags, (f, w, t) => SpanCompletion.AddListed(f.Curated, w, t)));

    [Theory]
    [InlineData("وقال لي إنه سعيد", "O B-PER O O", "O O O O")]          // "to me" after a speech verb
    [InlineData("يرى أن الأمور تغيرت", "O B-LOC O O", "O O O O")]       // "that"
    [InlineData(". ولئن سألتهم ليقولن", "O B-PER O O", "O O O O")]      // "and if", which the stop list lacks
    [InlineData("ثم اتصل بي أمس", "O O B-ORG O", "O O O O")]           // "me"
    [InlineData("شركة بي الإنجليزية", "O B-ORG O", "O B-ORG O")]        // after an organisation head it may be a name
    [InlineData("قالت السيدة لي إن", "O O B-PER O", "O O B-PER O")]     // after a title: Harper Lee stays
    [InlineData("في مدينة فان التركية", "O O B-LOC O", "O O B-LOC O")]  // after a place head: the city Van stays
    [InlineData("قال لي كه تشيانغ", "O B-PER I-PER I-PER", "O B-PER I-PER I-PER")] // a longer name is left alone
    public void AOneWordNameThatIsAFunctionWordIsDropped(string text, string tags, string expected) =>
        Assert.Equal(expected, Applied(text, tags, (f, w, t) =>
        {
            var found = new List<(int, int)>();
            SpanCompletion.FindFunctionWords(f.Curated, f.Triggers, w, 0, found);
            SpanCompletion.DropFunctionWords(found, 0, t);
        }));

    [Fact]
    public void PropagationDoesNotMarkAFunctionWordThatSharesAPlacesProcliticFreeForm()
    {
        // The city فان is ان without its ف, as are أن "that" and كان "was" without theirs: propagating the
        // place (a real article, about 1914 in eastern Anatolia) must not mark them.
        var tagger = SharedExtractor.Value.Tagger;
        const string text = "أعقبتها أعمال عنف في مدينة فان بشرق الأناضول.\nولكن، ما أن حل عام 1914 كان الأمر قد تغير، ومع أن السلطان لم يصب بأذى.";
        var sentences = NerTokenizer.Sentences(text).Select(s => (IReadOnlyList<string>)[.. s.Select(t => t.Text)]).ToArray();
        var tags = tagger.TagDocument(sentences);
        Assert.Equal("B-LOC", BioTags.Names[tags[0][Array.IndexOf([.. sentences[0]], "فان")]]);
        var second = sentences[^1];
        foreach (string word in new[] { "أن", "كان" })
        {
            for (int i = 0; i < second.Count; i++)
            {
                if (second[i] == word)
                {
                    Assert.Equal("O", BioTags.Names[tags[^1][i]]);
                }
            }
        }
    }

    [Theory]
    [InlineData("مطار الملك عبدالعزيز الدولي بجدة", "O O B-PER I-PER O", "O O O O O")]       // an airport
    [InlineData("مدينة الملك عبدالعزيز للعلوم والتقنية", "O O B-PER I-PER O", "O O O O O")] // a science city
    [InlineData("صندوق النقد الدولي", "B-ORG I-ORG I-ORG", "B-ORG I-ORG I-ORG")]             // organisations keep it
    [InlineData("زار عبدالعزيز أمس", "O B-PER O", "O B-PER O")]                                // a person alone: untouched
    public void APersonSpanEndingInAnInstitutionsAdjectiveIsNoPerson(string text, string tags, string expected) =>
        Assert.Equal(expected, Applied(text, tags, (_, w, t) => SpanCompletion.DropInstitutionPersons(w, t)));

    [Theory]
    [InlineData("لشبكة ان . بي . سي الأميركية", "O O O B-ORG I-ORG B-ORG O", "O B-ORG I-ORG I-ORG I-ORG I-ORG O")] // NBC: one name
    [InlineData("( ار . تي . ال ) ،", "O B-ORG I-ORG O O O O O", "O B-ORG I-ORG I-ORG I-ORG I-ORG O O")]
    [InlineData("لشبكة ان . بي . سي الأميركية", "O O O O O O O", "O O O O O O O")]                               // untagged: left alone
    [InlineData("سيارة بي . إم . دبليو الجديدة", "O B-ORG I-ORG I-ORG O O O", "O B-ORG I-ORG I-ORG I-ORG I-ORG O")] // BMW: letter names run to five letters
    [InlineData("السرعة . وقال أحمد", "O O O B-PER", "O O O B-PER")]                                            // no acronym
    [InlineData("قال د . علي الحربي", "O O O B-PER I-PER", "O O O B-PER I-PER")]                                // د. is "Dr", no acronym
    public void DottedAcronymPiecesBecomeOneName(string text, string tags, string expected) =>
        Assert.Equal(expected, Applied(text, tags, (_, w, t) => SpanCompletion.JoinAcronyms(w, t)));

    [Theory]
    [InlineData("منذ أول أبريل نيسان .", "O O O B-ORG O", "O O O O O")]               // next to the other calendar's month
    [InlineData("في 18 نيسان ( أبريل )", "O O B-ORG O O O", "O O O O O O")]           // after a day
    [InlineData("في نيسان 1998 وقعت", "O B-ORG O O", "O O O O")]                      // before a year
    [InlineData("في شهر آب الماضي", "O O B-LOC O", "O O O O")]                        // after شهر
    [InlineData("سيارة نيسان الجديدة", "O B-ORG O", "O B-ORG O")]                     // the car maker stays
    [InlineData("قال المدير التنفيذي لنيسان الشرق", "O O O B-ORG I-ORG", "O O O B-ORG I-ORG")] // a longer name is left alone
    public void AMonthNameInADateIsNoName(string text, string tags, string expected) =>
        Assert.Equal(expected, Applied(text, tags, (_, w, t) =>
        {
            var found = new List<(int, int)>();
            SpanCompletion.FindDateMonths(w, 0, found);
            SpanCompletion.DropFunctionWords(found, 0, t);
        }));

    [Theory]
    [InlineData("عن الأفلام السعودية في", "O O B-LOC O", "O O O O")]               // "Saudi films": an adjective
    [InlineData("دعما للسينما السعودية .", "O O B-LOC O", "O O O O")]               // after a definite noun with its proclitic
    [InlineData("زار السعودية أمس", "O B-LOC O", "O B-LOC O")]                     // the country
    [InlineData("في المملكة العربية السعودية", "O O O B-LOC", "O O O B-LOC")]      // after العربية: the country's name
    [InlineData("المملكة العربية السعودية أمس", "B-LOC I-LOC I-LOC O", "B-LOC I-LOC I-LOC O")] // inside a longer name
    [InlineData("آيات من الذكر الحكيم ثم", "O O O B-PER O", "O O O O O")]            // "the Wise Reminder", the Quran
    [InlineData("قال الكاتب توفيق الحكيم إن", "O O B-PER I-PER O", "O O B-PER I-PER O")] // the writer stays
    public void SaudiAfterADefiniteNounIsAnAdjective(string text, string tags, string expected) =>
        Assert.Equal(expected, Applied(text, tags, (_, w, t) =>
        {
            var found = new List<(int, int)>();
            SpanCompletion.FindAdjectivalPlaces(w, t, 0, found);
            SpanCompletion.DropFunctionWords(found, 0, t);
        }));

    [Theory]
    [InlineData("قال الجيش العربي السوري أمس", "O B-ORG I-ORG O O", "O B-ORG I-ORG I-ORG O")]               // on to the right
    [InlineData("عن مؤسسة النقد العربي السعودي .", "O O O B-ORG I-ORG O", "O B-ORG I-ORG I-ORG I-ORG O")]     // back to the left
    [InlineData("عن مؤسسة النقد العربي السعودي .", "O O O B-PER I-PER O", "O O O B-PER I-PER O")]             // only an organisation
    [InlineData("عن مؤسسة النقد العربي السعودي .", "O O B-LOC B-ORG I-ORG O", "O O B-LOC B-ORG I-ORG O")]     // over untagged words only
    public void ACuratedNameCompletesTheSpanItContinues(string text, string tags, string expected) =>
        Assert.Equal(expected, Applied(text, tags, (f, w, t) => SpanCompletion.Apply(f.Curated, w, t)));

    [Theory]
    [InlineData("بعث الملك سلمان آل سعود برقية تهنئة", "O O B-PER I-PER I-PER I-PER O", "O O B-PER I-PER I-PER O O")] // a cable
    [InlineData("بعث الملك سلمان برقية تهنئة", "O O B-PER B-PER O", "O O B-PER O O")]                                  // the cable alone
    [InlineData("الأمير محمد بن نايف ولي العهد", "O B-PER I-PER I-PER I-PER O", "O B-PER I-PER I-PER O O")]         // ولي of ولي العهد
    [InlineData("الملك عبدالعزيز - طيب الله ثراه", "O B-PER I-PER O O O", "O B-PER O O O O")]                        // punctuation
    [InlineData("جامعة الملك سعود .", "B-ORG I-ORG I-ORG I-ORG", "B-ORG I-ORG I-ORG O")]                             // of any type
    [InlineData("محمد ولي الدين قال", "B-PER I-PER I-PER O", "B-PER I-PER I-PER O")]                                 // ولي in a name stays
    [InlineData("قالت رقية إن", "O B-PER O", "O B-PER O")]                                                           // Ruqayya stays
    [InlineData("ريف دير الزور الجنوبي الشرقي", "O B-LOC I-LOC I-LOC I-LOC", "O B-LOC I-LOC O O")]                   // compass adjectives of the countryside
    [InlineData("في القطب الشمالي", "O B-LOC I-LOC", "O B-LOC I-LOC")]                                               // a two-word name stays whole
    [InlineData("كوريا الجنوبية وحدها", "B-LOC I-LOC O", "B-LOC I-LOC O")]                                           // feminine: part of the name
    public void WhatNoNameEndsInIsCutOffTheSpan(string text, string tags, string expected) =>
        Assert.Equal(expected, Applied(text, tags, (_, w, t) => SpanCompletion.TrimTails(w, t)));

    [Theory]
    [InlineData("وأشارت منظمة « أوكسفام » إلى", "O B-ORG O B-ORG O O", "O O O B-ORG O O")]   // the head alone is no name
    [InlineData("مقتل مبتعث في جامعة أمريكية", "O O O B-ORG O", "O O O O O")]
    [InlineData("وأشارت منظمة العفو الدولية إلى", "O B-ORG I-ORG I-ORG O", "O B-ORG I-ORG I-ORG O")] // the head of a name stays
    [InlineData("قالت الحكومة إن", "O B-ORG O", "O B-ORG O")]                                 // a definite word is left alone
    public void AnOrganisationHeadAloneIsNoName(string text, string tags, string expected) =>
        Assert.Equal(expected, Applied(text, tags, (f, w, t) => SpanCompletion.DropLoneHeads(f.Triggers, w, t)));

    [Theory]
    [InlineData("في جامعة الملك سعود أمس", "O B-ORG I-ORG B-PER O", "O B-ORG I-ORG I-ORG O")]                       // the namesake joins
    [InlineData("من جامعة الإمام محمد بن سعود .", "O B-ORG I-ORG B-PER I-PER I-PER O", "O B-ORG I-ORG I-ORG I-ORG I-ORG O")] // a name with بن
    [InlineData("بجامعة الملك عبد العزيز بجدة", "B-ORG I-ORG B-PER I-PER O", "B-ORG I-ORG I-ORG I-ORG O")]          // عبد العزيز in two words
    [InlineData("جامعة الملك سعود عبدالله الصقعبي قال", "B-ORG I-ORG B-PER I-PER I-PER O", "B-ORG I-ORG I-ORG B-PER I-PER O")] // then a professor
    [InlineData("جامعة الملك خالد الدكتورة سارة العمري", "B-ORG I-ORG B-PER I-PER I-PER I-PER", "B-ORG I-ORG I-ORG O B-PER I-PER")] // her title is no name
    [InlineData("رئيس الاتحاد الشيخ منصور البلوي", "O B-ORG I-ORG B-PER I-PER", "O B-ORG I-ORG B-PER I-PER")]       // a club and its president
    [InlineData("التقى الملك سعود أمس", "O B-PER I-PER O", "O B-PER I-PER O")]                                     // no organisation
    public void AnInstitutionNamedAfterAPersonTakesTheNameIn(string text, string tags, string expected) =>
        Assert.Equal(expected, Applied(text, tags, (f, w, t) => SpanCompletion.JoinNamedInstitutions(f.Triggers, w, t)));

    [Theory]
    [InlineData("دفع مبلغ مالي للنادي", "O O B-LOC O", "O O O O")]                  // "financial"
    [InlineData("وأوضح مشرف إدارة التقنية", "O B-PER O O", "O O O O")]              // "supervisor", after a speech verb
    [InlineData("تهانينا وألف مبارك .", "O O B-PER O", "O O O O")]                  // "congratulations"
    [InlineData("كان هناك مشهد مؤثر", "O O B-LOC O", "O O O O")]                    // "a scene"
    [InlineData("هجوم في مالي أمس", "O O B-LOC O", "O O B-LOC O")]                  // after a place preposition: Mali
    [InlineData("سفارة موسكو لدى مالي قالت", "O B-LOC O B-LOC O", "O B-LOC O B-LOC O")] // after لدى
    [InlineData("في مدينة مشهد الإيرانية", "O O B-LOC O", "O O B-LOC O")]           // after a place head: Mashhad
    [InlineData("قال الرئيس مبارك إن", "O O B-PER O", "O O B-PER O")]               // after a title
    [InlineData("نيجيريا ، مالي والنيجر", "B-LOC O B-LOC B-LOC", "B-LOC O B-LOC B-LOC")] // among other places
    [InlineData("قال حسني مبارك إن", "O B-PER I-PER O", "O B-PER I-PER O")]         // inside a longer name
    [InlineData("تداول على نطاق واسع", "O B-PER O O", "O O O O")]                   // على "on", folded to the name علي
    [InlineData("وقال علي إنه", "O B-PER O", "O B-PER O")]                           // Ali as he is written stays
    [InlineData("إصابات بفيروس كورونا أمس", "O O B-ORG O", "O O O O")]              // the virus
    [InlineData("على القرار الحكيم الذي", "O O B-PER O", "O O O O")]                // "wise"
    public void ACommonWordIsNoOneWordNameWithoutACue(string text, string tags, string expected) =>
        Assert.Equal(expected, Applied(text, tags, (f, w, t) =>
        {
            var marks = new SpanCompletion.DocumentMarks();
            SpanCompletion.FindCommonWords(f.Triggers, w, t, 0, marks.CommonWords);
            SpanCompletion.CompleteDocument([[.. w.Select(x => x.Stripped)]], [[.. text.Split(' ').Select(x => x.Length)]], [t], marks);
        }));

    [Fact]
    public void ALoneCommonWordStaysWhereTheDocumentNamesItInFull()
    {
        // مبارك alone after a speech verb is a name when the article also says حسني مبارك, not otherwise.
        var f = SharedExtractor.Value.Tagger.Features;
        string[][] text = [["قال", "حسني", "مبارك", "أمس"], ["وأضاف", "مبارك", "أن", "الوضع"]];
        int b = BioTags.Index("B-PER"), i = BioTags.Index("I-PER");
        string Run(string[][] sentences, int[][] tags)
        {
            var words = sentences.Select(s => s.Select(f.Word).ToArray()).ToArray();
            var marks = new SpanCompletion.DocumentMarks();
            for (int s = 0; s < words.Length; s++)
            {
                SpanCompletion.FindCommonWords(f.Triggers, words[s], tags[s], s, marks.CommonWords);
            }

            SpanCompletion.CompleteDocument([.. words.Select(w => w.Select(x => x.Stripped).ToArray())],
                [.. sentences.Select(s => s.Select(x => x.Length).ToArray())], tags, marks);
            return BioTags.Names[tags[^1][1]];
        }

        Assert.Equal("B-PER", Run(text, [[0, b, i, 0], [0, b, 0, 0]]));
        Assert.Equal("O", Run(text[1..], [[0, b, 0, 0]]));
    }

    [Theory]
    [InlineData("وصلت بعثة الهلال إلى ملعب المباراة", "O O B-ORG O O O")]             // a sports report: the club
    [InlineData("انتقل اللاعب للهلال أمس", "O O B-ORG O")]                             // with its ل
    [InlineData("قرر نادي النصر تجديد عقد المدرب", "O O B-ORG O O O")]                  // after نادي
    [InlineData("مستحقات لنادي الشباب عن انتقال اللاعب", "O O B-ORG O O O")]            // after نادي with its ل
    [InlineData("أكد الهلال في بيانه عن الأزمة", "O O O O O O")]                      // no sports word in the sentence
    [InlineData("بعد الاتفاق مع المدرب على العقد", "O O O O O O")]                    // "the agreement with"
    [InlineData("أقيمت الدورة بالتعاون مع نادي الطائي", "O O O O O B-ORG")]           // بالتعاون is a phrase; الطائي is the club
    [InlineData("المكتب الرئيسي لرعاية الشباب مع الأندية في الدوري", "O O O O O O O O")] // youth welfare
    [InlineData("نقل الاتحاد الكويتي لكرة القدم المباراة", "O O O O O O")]            // a federation
    public void ListedClubsInASportsReportAreFound(string text, string expected)
    {
        var words = text.Split(' ').Select(SharedExtractor.Value.Tagger.Features.Word).ToArray();
        var found = new List<(int Sentence, int Token)>();
        SpanCompletion.FindClubs(SharedExtractor.Value.Tagger.Features.Curated, SharedExtractor.Value.Tagger.Features.Triggers, words, new int[words.Length], 0, found);
        var tags = new int[words.Length];
        SpanCompletion.TagQuoted(found, [tags]);
        Assert.Equal(expected, string.Join(' ', tags.Select(t => BioTags.Names[t])));
    }

    /// <summary>A sentence's proclitic-free word keys, as the document step sees them.</summary>
    private static ulong[] Keys(string text) => [.. text.Split(' ').Select(w => SharedExtractor.Value.Tagger.Features.Word(w).Stripped)];

    [Fact]
    public void FoundClubsAreTaggedOnlyWhereTheTaggerFoundAClub()
    {
        var keys = new[] { Keys("فاز الهلال على النصر"), Keys("في الدوري") };
        int org = BioTags.Index("B-ORG");
        Assert.True(SpanCompletion.FindsAClub(keys, [[0, org, 0, 0], [0, 0]]));
        Assert.False(SpanCompletion.FindsAClub(keys, [[0, 0, 0, 0], [0, 0]]));        // no club tagged anywhere
        Assert.False(SpanCompletion.FindsAClub(keys, [[0, 0, 0, 0], [0, org]]));      // an organisation, but no club
    }

    [Fact]
    public void ACommonNounClubIsNoNameInADocumentWithoutASportsWord()
    {
        int org = BioTags.Index("B-ORG"), inside = BioTags.Index("I-ORG");

        int[][] moon = [[0, 0, 0, org], [0, 0, org, 0], [0, org, inside]];
        SpanCompletion.DropClubsOutsideSport([Keys("أعلنت المحكمة رؤية الهلال"), Keys("وقال إن الهلال ولد"), Keys("جمعية الهلال الأحمر")], moon);
        Assert.Equal([0, 0, 0, 0], moon[0]);            // the crescent moon
        Assert.Equal([0, 0, 0, 0], moon[1]);
        Assert.Equal([0, org, inside], moon[2]);        // a longer name stays (the Red Crescent)

        int[][] sport = [[0, org], [0, 0, 0]];
        SpanCompletion.DropClubsOutsideSport([Keys("فاز الهلال"), Keys("في مباراة الدوري")], sport);
        Assert.Equal([0, org], sport[0]);               // a sports word anywhere in the document keeps the club

        int[][] other = [[0, org]];
        SpanCompletion.DropClubsOutsideSport([Keys("أعلنت برشلونة")], other);
        Assert.Equal([0, org], other[0]);               // no common noun: untouched
    }

    [Theory]
    [InlineData("جاء بعد توفيق الله ثم", "O O B-PER I-PER O", "O O O O O")]                     // "after God's help"
    [InlineData("وصلنا بحمد الله سالمين", "O B-PER I-PER O", "O O O O")]                        // "thank God", with its ب
    [InlineData("قال عثمان رضي الله عنه", "O B-PER I-PER I-PER O", "O B-PER O O O")]            // the blessing is cut off the name
    [InlineData("الملك عبدالعزيز رحمه الله أسس", "O B-PER I-PER I-PER O", "O B-PER O O O")]
    [InlineData("قال حسن نصر الله أمس", "O B-PER I-PER I-PER O", "O B-PER I-PER I-PER O")]      // a name ending in الله stays
    [InlineData("قال رامي حمد الله أمس", "O B-PER I-PER I-PER O", "O B-PER I-PER I-PER O")]     // حمد only as the whole span
    [InlineData("بفضل الله تعالى ثم", "O B-PER I-PER O", "O O O O")]                            // God, with praise
    [InlineData("بفضل الله تعالى ثم", "O O B-PER O", "O O O O")]                                // the praise alone
    public void ReligiousFormulaeAreNoPersonNames(string text, string tags, string expected) =>
        Assert.Equal(expected, Applied(text, tags, (_, w, t) => SpanCompletion.DropFormulae(w, t, 0, [])));

    [Fact]
    public void AFullStopThatALetterFollowsEndsNoSentence()
    {
        var sentences = NerTokenizer.Sentences("قال لشبكة ان.بي.سي إنه راحل. ثم غادر");
        Assert.Equal(2, sentences.Count);
        Assert.Equal(["قال", "لشبكة", "ان", ".", "بي", ".", "سي", "إنه", "راحل", "."], sentences[0].Select(t => t.Text));
    }

    /// <summary>The tags after one completion rule ran on the words of <paramref name="text"/> tagged <paramref name="tags"/>.</summary>
    private static string Applied(string text, string tags, Action<FeatureExtractor, WordFeatures[], int[]> rule)
    {
        var features = SharedExtractor.Value.Tagger.Features;
        var words = text.Split(' ').Select(features.Word).ToArray();
        int[] indices = [.. tags.Split(' ').Select(BioTags.Index)];
        rule(features, words, indices);
        return string.Join(' ', indices.Select(t => BioTags.Names[t]));
    }
}
