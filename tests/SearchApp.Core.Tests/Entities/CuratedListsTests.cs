using SearchApp.Core.Entities;

namespace SearchApp.Core.Tests.Entities;

public class CuratedListsTests
{
    private static readonly Gazetteer Curated = NerResources.CuratedGazetteer();

    private static byte MaskOf(string name) => Curated.Lookup(NerResources.TokenKeys(name));

    [Theory]
    [InlineData("ميركل")]
    [InlineData("غوارديولا")]
    [InlineData("إيفانوف")]
    public void SurnamesCarryTheirOwnMark(string name) =>
        Assert.NotEqual(0, MaskOf(name) & Gazetteer.FamilyName);

    [Theory]
    // names that normalise to frequent words (بأنه, الآن, أنا, قوة) must not be listed as names
    [InlineData("بانه")]
    [InlineData("ألان")]
    [InlineData("آنا")]
    [InlineData("قوه")]
    public void CommonWordsAreNotListed(string word) =>
        Assert.Equal(0, MaskOf(word) & (Gazetteer.GivenName | Gazetteer.FamilyName | Gazetteer.Location));

    [Fact]
    public void ABareSurnameIsNotABareGivenName() =>
        Assert.False(SharedExtractor.Value.Canonicalizer.IsBareGivenName("ميركل"));
}
