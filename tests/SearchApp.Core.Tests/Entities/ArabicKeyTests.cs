using SearchApp.Core.Entities;

namespace SearchApp.Core.Tests.Entities;

public class ArabicKeyTests
{
    [Theory]
    // alef with hamza above / below / madda and wasla fold to bare alef
    [InlineData("أحمد", "احمد")]
    [InlineData("إبراهيم", "ابراهيم")]
    [InlineData("آسيا", "اسيا")]
    [InlineData("ٱلله", "الله")]
    // alef maqsura and Persian yeh fold to yaa (ANERcorp writes علي for على)
    [InlineData("على", "علي")]
    [InlineData("موسی", "موسي")]
    // taa marbuta folds to haa
    [InlineData("غزة", "غزه")]
    // hamza on waw and on yaa
    [InlineData("مسؤول", "مسوول")]
    [InlineData("رئيس", "رييس")]
    // diacritics (harakat, shadda, sukun, tanween) and tatweel are dropped
    [InlineData("بَغْدَادُ", "بغداد")]
    [InlineData("محمّد", "محمد")]
    [InlineData("كتـــاب", "كتاب")]
    [InlineData("أيضاً", "ايضا")]
    // Arabic-Indic digits become ASCII, Latin is lower-cased
    [InlineData("٢٠١٥", "2015")]
    [InlineData("ISIS", "isis")]
    public void NormalizeFoldsOrthographicVariants(string input, string expected) =>
        Assert.Equal(expected, ArabicKey.Normalize(input));

    [Theory]
    // display form keeps hamza and taa marbuta, drops only marks
    [InlineData("الأُمَمُ المتّحدة", "الأمم المتحدة")]
    [InlineData("بـغداد", "بغداد")]
    public void StripMarksKeepsTheSpellingAReaderExpects(string input, string expected) =>
        Assert.Equal(expected, ArabicKey.StripMarks(input));
}
