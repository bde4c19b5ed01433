using SearchApp.Core.Facets;

namespace SearchApp.Core.Tests.Facets;

public sealed class FacetNormalizerTests
{
    [Theory]
    // Alef with hamza above/below, madda, wasla fold to bare alef.
    [InlineData("أحمد", "احمد")]
    [InlineData("إسراء", "اسراء")]
    [InlineData("آمنة", "امنه")]
    [InlineData("ٱلله", "الله")]
    // Alef maksura folds to yaa; taa marbuta to haa.
    [InlineData("مصطفى", "مصطفي")]
    [InlineData("فاطمة", "فاطمه")]
    // Hamza on waw / yaa carriers.
    [InlineData("مؤمن", "مءمن")]
    [InlineData("هيئة", "هيءه")] // hamza seats fold to a bare hamza, as in the analysis chain (مسؤول = مسئول)
    // Harakat, shadda, superscript alef and tatweel are removed.
    [InlineData("مُحَمَّد", "محمد")]
    [InlineData("رحمٰن", "رحمن")]
    [InlineData("العـــلي", "العلي")]
    // Latin case and runs of white space.
    [InlineData("  Ali   ZEIN ", "ali zein")]
    public void Normalize_folds_spelling_variants(string input, string expected) =>
        Assert.Equal(expected, FacetNormalizer.Normalize(input));
}
