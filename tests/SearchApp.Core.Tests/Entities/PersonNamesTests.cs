using SearchApp.Core.Entities;

namespace SearchApp.Core.Tests.Entities;

public class PersonNamesTests
{
    private static readonly PersonNames Names = Make();

    private static PersonNames Make(Func<string, string?>? alias = null) =>
        new(TriggerWords.Read(new StringReader("الملك\ttitle\nقال\tspeech")), Curated(), alias);

    private static Gazetteer Curated()
    {
        var curated = new Gazetteer();
        curated.Add([ArabicKey.Normalize("عبدالله")], Gazetteer.GivenName);
        return curated;
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

    [Theory]
    // a middle name left out
    [InlineData("خالد محفوظ بحاح", "خالد بحاح", "خالد محفوظ بحاح")]
    // a lineage cut short
    [InlineData("محمد بن نايف بن عبدالعزيز", "محمد بن نايف", "محمد بن نايف بن عبدالعزيز")]
    [InlineData("سلمان بن عبدالعزيز آل سعود", "سلمان بن عبدالعزيز", "سلمان بن عبدالعزيز آل سعود")]
    // a surname with its particle, as a second mention
    [InlineData("إبراهيم أبو الخيل", "أبو الخيل", "إبراهيم أبو الخيل")]
    [InlineData("أسامة بن لادن", "بن لادن", "أسامة بن لادن")]
    // the same last word is no match when it is a father's name: الملك عبدالعزيز is the founder, not King Salman
    [InlineData("الملك سلمان بن عبدالعزيز", "الملك عبدالعزيز", "الملك عبدالعزيز")]
    // a kunya is one name in two words
    [InlineData("أبو بكر البغدادي", "أبو بكر", "أبو بكر البغدادي")]
    // but not a family name that is no such particle (آل سعود names the family, not the king)
    [InlineData("سلمان بن عبدالعزيز آل سعود", "آل سعود", "آل سعود")]
    // spelling variants of the shared words still match (normalised keys)
    [InlineData("خالد محفوظ بحّاح", "خالد بحاح", "خالد محفوظ بحّاح")]
    // a longer name that goes on with a family name may be someone else: left alone
    [InlineData("عبدالله بن عبدالعزيز الربيعة", "عبدالله بن عبدالعزيز", "عبدالله بن عبدالعزيز")]
    // a different first or last word: someone else
    [InlineData("خالد محفوظ بحاح", "محمد بحاح", "محمد بحاح")]
    [InlineData("خالد محفوظ بحاح", "خالد محفوظ", "خالد محفوظ")]
    // the shorter's middle words must appear in order
    [InlineData("علي عبدالله صالح الأحمر", "علي صالح عبدالله الأحمر", "علي صالح عبدالله الأحمر")]
    public void ShorterNamesOfSeveralWordsTakeTheLongerNameTheyShorten(string full, string part, string expected)
    {
        var mentions = new[] { Per(full, 0), Per(part, 100) };
        var resolved = Names.Resolve(mentions, _ => null);
        Assert.Equal(full, resolved[0].Canonical);
        Assert.Equal(expected, resolved[1].Canonical);
        Assert.Equal((part, 100), (resolved[1].Text, resolved[1].Start));
    }

    [Theory]
    // the given name of a longer name comes after its title
    [InlineData("الملك سلمان بن عبدالعزيز", "سلمان", "الملك سلمان بن عبدالعزيز")]
    // a one-word father's name is someone else
    [InlineData("الملك سلمان بن عبدالعزيز", "عبدالعزيز", "عبدالعزيز")]
    [InlineData("محمد بن نايف", "نايف", "نايف")]
    // but a family name after آل is the surname
    [InlineData("عبدالله آل قراش", "قراش", "عبدالله آل قراش")]
    public void OneWordPeopleMatchTheGivenNameOrTheSurnameNotTheFathersName(string full, string part, string expected)
    {
        var resolved = Names.Resolve([Per(full, 0), Per(part, 100)], _ => null);
        Assert.Equal(expected, resolved[1].Canonical);
    }

    [Fact]
    public void ATitledGivenNameGoesThroughTheAliasFile()
    {
        var names = Make(n => n == "الملك عبدالله" ? "عبدالله بن عبدالعزيز" : null);
        var resolved = names.Resolve([Per("باراك أوباما", 0), Per("عبدالله", 100)], m => m.Start == 100 ? "الملك" : null);
        Assert.Equal("عبدالله بن عبدالعزيز", resolved[1].Canonical);
    }

    [Fact]
    public void OtherTypesAreLeftAlone()
    {
        var mentions = new[] { new EntityMention("LOC", "دير الزور", 0, 9, "دير الزور"), new EntityMention("LOC", "دير", 20, 23, "دير") };
        Assert.Equal(mentions, Names.Resolve(mentions, _ => null));
    }
}
