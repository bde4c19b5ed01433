using SearchApp.Core.Entities;

namespace SearchApp.Core.Tests.Entities;

public class FeatureExtractorTests
{
    private static FeatureExtractor Extractor()
    {
        var curated = new Gazetteer();
        curated.Add(["الامم", "المتحده"], Gazetteer.Organization);
        curated.Add(["بغداد"], Gazetteer.Location);
        var triggers = TriggerWords.Read(new StringReader("مدينة\tloc-head\nالرئيس\ttitle\nوزارة\torg-head"));
        return new FeatureExtractor(WordLexicon.Empty, curated, triggers);
    }

    private static HashSet<ulong> FeaturesOf(FeatureExtractor fx, string[] tokens, int index)
    {
        var buffer = new FeatureBuffer();
        fx.Extract(tokens, new Gazetteer(), buffer);
        return [.. buffer.Keys.AsSpan(buffer.Offsets[index], buffer.Offsets[index + 1] - buffer.Offsets[index]).ToArray()];
    }

    [Fact]
    public void EachTokenCarriesItsOwnWordFeatures()
    {
        // Regression: word features must land on their own token, not pile up on the first one.
        var fx = Extractor();
        var alone = FeaturesOf(fx, ["بغداد"], 0);
        var second = FeaturesOf(fx, ["زار", "بغداد"], 1);
        var first = FeaturesOf(fx, ["زار", "بغداد"], 0);
        int shared = alone.Intersect(second).Count();
        Assert.True(shared >= 15, $"only {shared} of the word's own features reached it");
        Assert.True(first.Intersect(alone).Count() < shared);
    }

    [Fact]
    public void AttachedConjunctionSharesTheStrippedFormWithTheBareWord()
    {
        var fx = Extractor();
        var withConjunction = FeaturesOf(fx, ["وبغداد"], 0);
        var bare = FeaturesOf(fx, ["بغداد"], 0);
        // the stripped form, the article-free form and the gazetteer match are shared; the raw word is not
        Assert.True(withConjunction.Intersect(bare).Count() >= 4);
        Assert.NotEqual(withConjunction, bare);
    }

    [Fact]
    public void SpellingVariantsShareTheNormalisedFeatures()
    {
        var fx = Extractor();
        var a = FeaturesOf(fx, ["الأمم"], 0);
        var b = FeaturesOf(fx, ["الامم"], 0);
        Assert.True(a.Intersect(b).Count() > a.Count / 2);
    }

    [Fact]
    public void GazetteerMatchesThroughALamLamProclitic()
    {
        var fx = Extractor();
        string[] tokens = ["للأمم", "المتحدة"];
        var buffer = new FeatureBuffer();
        fx.Extract(tokens, new Gazetteer(), buffer);
        Assert.Equal(Gazetteer.Organization, buffer.GazCurated[0] & 0xFF);
        Assert.Equal(Gazetteer.Organization, buffer.GazCurated[1] >> 8);
    }

    [Fact]
    public void ContextFeaturesDependOnTheNeighbours()
    {
        var fx = Extractor();
        var afterTrigger = FeaturesOf(fx, ["مدينة", "حلب"], 1);
        var afterOther = FeaturesOf(fx, ["سكان", "حلب"], 1);
        Assert.NotEqual(afterTrigger, afterOther);
        Assert.True(afterTrigger.Intersect(afterOther).Count() > 10); // the word's own features
    }

    [Fact]
    public void AHeadWordReachesTheThirdAndFourthWordOfALongNameUnlessPunctuationIntervenes()
    {
        // وزارة الشؤون الخارجية الألمانية: the head governs words beyond the ±2 window.
        var fx = Extractor();
        Assert.NotEqual(
            FeaturesOf(fx, ["وزارة", "الشؤون", "الخارجية", "الألمانية"], 3),
            FeaturesOf(fx, ["سكان", "الشؤون", "الخارجية", "الألمانية"], 3));
        Assert.Equal(
            FeaturesOf(fx, ["وزارة", "،", "الخارجية", "الألمانية"], 3),
            FeaturesOf(fx, ["سكان", "،", "الخارجية", "الألمانية"], 3));
    }

    [Theory]
    [InlineData("الخارجيه", 1 | 4)]
    [InlineData("للامم", 2)]
    [InlineData("والعلوم", 2)]
    [InlineData("المتحده", 1)]
    [InlineData("الفلسطينيين", 1 | 8)]
    [InlineData("وزاره", 0)]
    public void GenitiveChainShapeMarksArticleNisbaAndPlural(string norm, int expected)
    {
        string bare = norm.StartsWith("ال", StringComparison.Ordinal) ? norm[2..] : norm.StartsWith("لل", StringComparison.Ordinal) ? norm[2..] : norm.StartsWith("وال", StringComparison.Ordinal) ? norm[3..] : norm;
        Assert.Equal(expected, ChainShape.Of(norm, bare));
    }

    [Fact]
    public void ChainMembersAfterAnOrganisationHeadShareTheHeadsChainFeature()
    {
        // وزارة + definite nisba adjectives: one feature for the chain shape, whatever the words are.
        var fx = Extractor();
        var a = FeaturesOf(fx, ["وزارة", "الخارجية", "الأمريكية"], 2);
        var b = FeaturesOf(fx, ["وزارة", "التجارية", "الكينية"], 2);
        var c = FeaturesOf(fx, ["سكان", "التجارية", "الكينية"], 2);
        // head class 3 (org-head) two words back; chain shapes: definite nisba, definite nisba
        ulong chain = FeatureHash.Combine(FeatureTemplates.ChainHead, FeatureHash.Then((3 * 8) + 2, (5 * 32) + 5));
        Assert.Contains(chain, a);
        Assert.Contains(chain, b);
        Assert.DoesNotContain(chain, c);
    }

    [Fact]
    public void AListedPlaceTakesTheTriggerClassesAroundItAsAFeature()
    {
        // ميلان الإيطالي: a listed place before a nisba is often a club.
        var curated = new Gazetteer();
        curated.Add(["ميلان"], Gazetteer.Location);
        var triggers = TriggerWords.Read(new StringReader("الإيطالي\tnisba"));
        var fx = new FeatureExtractor(WordLexicon.Empty, curated, triggers);
        var buffer = new FeatureBuffer();
        fx.Extract(["ميلان", "الإيطالي"], new Gazetteer(), buffer);
        var club = buffer.Keys.AsSpan(buffer.Offsets[0], buffer.Offsets[1] - buffer.Offsets[0]).ToArray();
        fx.Extract(["ميلان", "اليوم"], new Gazetteer(), buffer);
        var city = buffer.Keys.AsSpan(buffer.Offsets[0], buffer.Offsets[1] - buffer.Offsets[0]).ToArray();
        Assert.True(club.Except(city).Count() >= 3); // the neighbour's trigger, the chain shape and this conjunction
    }

    [Fact]
    public void TheSentenceTopicIsTheCoarseEmbeddingClassMostContentWordsShareAndMarksListedNames()
    {
        // مباراة, الدوري, هدف in class 0011; ميلان is a listed place: the topic is conjoined with its marks.
        var curated = new Gazetteer();
        curated.Add(["ميلان"], Gazetteer.Location);
        var fx = WithEmbeddingClasses(curated, ("مباراه", "00110000000", 50), ("الدوري", "00110010000", 40), ("هدف", "00111000000", 30), ("ميلان", "01000000000", 20));
        var buffer = new FeatureBuffer();
        fx.Extract(["فاز", "ميلان", "في", "مباراة", "الدوري", "بهدف"], new Gazetteer(), buffer);
        Assert.Equal(1 + 0b0011, buffer.Topic);
        var club = buffer.Keys.AsSpan(buffer.Offsets[1], buffer.Offsets[2] - buffer.Offsets[1]).ToArray();
        Assert.Contains(FeatureHash.Combine(FeatureTemplates.TopicList, ((ulong)buffer.Topic << 40) | (uint)buffer.GazCurated[1]), club);
        fx.Extract(["زار", "ميلان"], new Gazetteer(), buffer);
        Assert.Equal(1 + 0b0100, buffer.Topic); // زار is no corpus word, so ميلان alone votes
    }

    [Fact]
    public void TheSameWordHasADifferentTopicWordFeatureInEachTopicAndNoneWithoutATopic()
    {
        // الهلال among sport words (class 0011) and among sky words (class 0101): the word's own features are
        // the same, its topic-word feature is not; a sentence of words no class knows has no topic and none.
        var fx = WithEmbeddingClasses(new Gazetteer(), ("مباراه", "00110000000", 50), ("الدوري", "00110010000", 40), ("رؤيه", "01010000000", 30), ("القمر", "01011000000", 20));
        var buffer = new FeatureBuffer();

        HashSet<ulong> TopicWordKeys(string[] tokens, int index, out int topic)
        {
            fx.Extract(tokens, new Gazetteer(), buffer);
            topic = buffer.Topic;
            ulong stripped = fx.Word(tokens[index]).Stripped;
            var keys = buffer.Keys.AsSpan(buffer.Offsets[index], buffer.Offsets[index + 1] - buffer.Offsets[index]).ToArray();
            return [.. keys.Where(k => Enumerable.Range(1, 16).Any(t => k == FeatureHash.Combine(FeatureTemplates.TopicWord, FeatureHash.Then(stripped, (ulong)t))))];
        }

        var sport = TopicWordKeys(["فاز", "الهلال", "في", "مباراة", "الدوري"], 1, out int sportTopic);
        var sky = TopicWordKeys(["رؤية", "الهلال", "بعد", "القمر"], 1, out int skyTopic);
        var none = TopicWordKeys(["قال", "الهلال"], 1, out int noTopic);
        Assert.Equal(1 + 0b0011, sportTopic);
        Assert.Equal(1 + 0b0101, skyTopic);
        Assert.Equal(0, noTopic);
        Assert.Single(sport);
        Assert.Single(sky);
        Assert.NotEqual(sport.Single(), sky.Single());
        Assert.Empty(none);
    }

    /// <summary>An extractor whose corpus knows these words, with these embedding classes (bit strings) and counts.</summary>
    private static FeatureExtractor WithEmbeddingClasses(Gazetteer curated, params (string Word, string Bits, long Count)[] words)
    {
        using var stream = new MemoryStream();
        BrownClusters.Write(stream, [.. words.Select(w => (w.Word, w.Bits, w.Count))]);
        var embedding = BrownClusters.Read(new MemoryStream(stream.ToArray()));
        var lexicon = WordLexicon.Read(Lexicon([.. words.Select(w => (w.Word, w.Count))]));
        return new FeatureExtractor(lexicon, curated, TriggerWords.Empty, embedding: embedding);
    }

    private static MemoryStream Lexicon(params (string Word, long Count)[] words)
    {
        var stream = new MemoryStream();
        WordLexicon.Write(stream, [.. words.Select(w => (w.Word, new LexiconEntry(w.Count, w.Word, 0, 0, 0, w.Word)))]);
        stream.Position = 0;
        return stream;
    }
}
