using SearchApp.Core.Articles;

namespace SearchApp.Core.Tests.Articles;

public sealed class TextCanonicalizerTests
{
    [Theory]
    // Windows and old-Mac newlines become \n.
    [InlineData("سطر أول\r\nسطر ثان\rسطر ثالث", "سطر أول\nسطر ثان\nسطر ثالث")]
    // Empty paragraphs are dropped: exactly one \n between paragraphs.
    [InlineData("فقرة\n\n\n  \nفقرة", "فقرة\nفقرة")]
    // Lines are trimmed, runs of spaces, tabs and NBSP collapse to one space.
    [InlineData("  كلمة\t\t كلمة\u00A0\u00A0كلمة  ", "كلمة كلمة كلمة")]
    // BOM and zero-width space disappear; ZWNJ (meaningful in Persian) stays.
    [InlineData("\uFEFFمرحبا\u200Bبكم می\u200Cخواهم", "مرحبابكم می\u200Cخواهم")]
    // NFC: a decomposed alef with hamza above (ا + U+0654) composes to أ.
    [InlineData("\u0627\u0654حمد", "أحمد")]
    // Diacritics and tatweel are NOT removed from stored text (the analyzer handles them); offsets must stay true to the source.
    [InlineData("مُحَمَّـــد", "مُحَمَّـــد")]
    // Stray control characters are removed.
    [InlineData("نص\u0007 عادي", "نص عادي")]
    [InlineData("", "")]
    [InlineData("   \n\t ", "")]
    public void Text_is_canonicalised_once_on_the_way_in(string input, string expected) =>
        Assert.Equal(expected, TextCanonicalizer.Canonicalize(input));

    [Fact]
    public void Canonicalising_twice_changes_nothing()
    {
        var once = TextCanonicalizer.Canonicalize(" أ\u0654\r\n\r\nب \t ج\u00A0");
        Assert.Equal(once, TextCanonicalizer.Canonicalize(once));
    }

    [Fact]
    public void A_title_becomes_one_line() =>
        Assert.Equal("عنوان من سطرين", TextCanonicalizer.CanonicalizeLine("عنوان من\r\nسطرين"));
}
