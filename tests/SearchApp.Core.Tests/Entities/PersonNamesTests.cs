using SearchApp.Core.Entities;

namespace SearchApp.Core.Tests.Entities;

public class PersonNamesTests
{
    private static readonly PersonNames Names = Make();

    private static PersonNames Make()
    {
        var curated = new Gazetteer();
        curated.Add([ArabicKey.Normalize("عبدالله")], Gazetteer.GivenName);
        return new PersonNames(TriggerWords.Read(new StringReader("الملك\ttitle\nقال\tspeech")), curated);
    }

    private static EntityMention Per(string canonical, int start) => new("PER", canonical, start, start + canonical.Length, canonical);

    [Theory]
    // a later surname-only mention takes the full name given earlier in the article
    [InlineData("دونالد ترامب", "ترامب", null, "دونالد ترامب")]
    // a first name resolves to the full name that starts with it
    [InlineData("عبدالله بن عبدالعزيز", "عبدالله", "الملك", "عبدالله بن عبدالعزيز")]
    // without a fuller name in the article, a given name after a title keeps the title
    [InlineData("باراك أوباما", "عبدالله", "الملك", "الملك عبدالله")]
    // a given name after a word that is no title stays as it is
    [InlineData("باراك أوباما", "عبدالله", "قال", "عبدالله")]
    // a one-word name that is not a given name stays as it is after a title
    [InlineData("باراك أوباما", "السيسي", "الملك", "السيسي")]
    public void OneWordPeopleGetTheFullerNameOfTheArticle(string full, string part, string? previous, string expected)
    {
        var mentions = new[] { Per(full, 0), Per(part, 100) };
        var resolved = Names.Resolve(mentions, m => m.Start == 100 ? previous : null);
        Assert.Equal(full, resolved[0].Canonical);
        Assert.Equal(expected, resolved[1].Canonical);
        Assert.Equal((part, 100), (resolved[1].Text, resolved[1].Start)); // surface and offsets never change
    }

    [Fact]
    public void OtherTypesAreLeftAlone()
    {
        var mentions = new[] { new EntityMention("LOC", "دير الزور", 0, 9, "دير الزور"), new EntityMention("LOC", "دير", 20, 23, "دير") };
        Assert.Equal(mentions, Names.Resolve(mentions, _ => null));
    }
}
