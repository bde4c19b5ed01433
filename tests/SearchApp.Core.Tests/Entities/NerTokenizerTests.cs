using SearchApp.Core.Entities;

namespace SearchApp.Core.Tests.Entities;

public class NerTokenizerTests
{
    private static string[] Tokens(string text) => [.. NerTokenizer.Sentences(text).SelectMany(s => s).Select(t => t.Text)];

    [Theory]
    // guillemets and quotes are tokens of their own, as in ANERcorp
    [InlineData("وكالة «سانا» للأنباء", "وكالة|«|سانا|»|للأنباء")]
    [InlineData("قال \"داعش\"،", "قال|\"|داعش|\"|،")]
    // Arabic comma and colon split off
    [InlineData("دير الزور، وقال:", "دير|الزور|،|وقال|:")]
    // numbers keep their decimal point, thousands separator, time colon and percent sign
    [InlineData("الساعة 11.30 و1,000 و30%", "الساعة|11.30|و1,000|و30%")]
    // clitics stay attached: ANERcorp does not segment them
    [InlineData("وبغداد وللأمم", "وبغداد|وللأمم")]
    public void SplitsPunctuationButNotClitics(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Tokens(text));

    [Fact]
    public void SentencesEndAtPeriodsQuestionMarksAndNewlines()
    {
        var sentences = NerTokenizer.Sentences("ذهب إلى بغداد. ثم عاد؟ نعم\nفقرة ثانية");
        Assert.Equal(4, sentences.Count);
        Assert.Equal(".", sentences[0][^1].Text);
        Assert.Equal("؟", sentences[1][^1].Text);
    }

    [Fact]
    public void EveryTokenIsTheExactSubstringAtItsOffsets()
    {
        string text = "أحبط  الجيش\u200Fهجوماً «داعش»؛ 11.30\nوقال 😀 المصدر.";
        foreach (var token in NerTokenizer.Sentences(text).SelectMany(s => s))
        {
            Assert.Equal(token.Text, text[token.Start..token.End]);
        }
    }
}
