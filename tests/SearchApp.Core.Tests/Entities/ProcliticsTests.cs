using SearchApp.Core.Entities;

namespace SearchApp.Core.Tests.Entities;

public class ProcliticsTests
{
    /// <summary>A tiny stand-in for corpus frequencies.</summary>
    private static readonly Dictionary<string, long> Counts = new()
    {
        ["بغداد"] = 900, ["وبغداد"] = 40, ["غداد"] = 0,
        ["لبنان"] = 2000, ["بنان"] = 3,
        ["الامم"] = 800, ["للامم"] = 300, ["لامم"] = 0,
        ["فيصل"] = 700, ["يصل"] = 400,
    };

    private static long Count(string w) => Counts.GetValueOrDefault(w);

    [Theory]
    // conjunction, preposition, and both together
    [InlineData("وبغداد", "بغداد|غداد")]
    [InlineData("فلبنان", "لبنان|بنان")]
    // ل + ال is written لل: both readings are offered
    [InlineData("للامم", "لامم|الامم")]
    // too short to leave a name behind
    [InlineData("وب", "")]
    public void CandidatesListEveryReading(string word, string expected) =>
        Assert.Equal(expected.Length == 0 ? [] : expected.Split('|'), Proclitics.Candidates(word));

    [Theory]
    // attached conjunction on a frequent name: strip it
    [InlineData("وبغداد", "بغداد")]
    // لل before a word with the article: restore ال
    [InlineData("للامم", "الامم")]
    // names that start with proclitic letters stay whole: the rest is rarer than the name
    [InlineData("لبنان", "لبنان")]
    [InlineData("فيصل", "فيصل")]
    // unknown words are left alone
    [InlineData("وزيرستان", "وزيرستان")]
    public void StripUsesCorpusFrequency(string word, string expected) =>
        Assert.Equal(expected, Proclitics.Strip(word, Count));

    [Fact]
    public void AKnownNameWinsOverFrequency()
    {
        // "باسم" (a given name) would lose to the frequent word "اسم" without the name list
        Assert.Equal("باسم", Proclitics.Strip("باسم", _ => 100, known: w => w == "باسم"));
        Assert.Equal("اسم", Proclitics.Strip("باسم", w => w == "اسم" ? 1000 : 10));
    }
}
