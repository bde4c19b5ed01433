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
}
