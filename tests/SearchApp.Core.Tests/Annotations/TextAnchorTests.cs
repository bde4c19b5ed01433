using SearchApp.Core.Annotations;

namespace SearchApp.Core.Tests.Annotations;

public sealed class TextAnchorTests
{
    private const string Body = "قال وزير الخارجية إن الاجتماع في الرياض كان مثمرا.\nوأضاف أن الاجتماع القادم في القاهرة.";

    [Fact]
    public void Selectors_carry_the_quote_and_up_to_32_characters_of_context()
    {
        var start = Body.IndexOf("الرياض", StringComparison.Ordinal);
        var t = TextAnchor.Create(Body, start, start + 6);

        Assert.Equal("الرياض", t.Exact);
        Assert.Equal(Body[(start - 32)..start], t.Prefix);
        Assert.Equal(Body[(start + 6)..(start + 38)], t.Suffix);
    }

    [Fact]
    public void Context_is_cut_at_the_ends_of_the_text()
    {
        var t = TextAnchor.Create(Body, 0, 3);
        Assert.Equal(("قال", ""), (t.Exact, t.Prefix));
    }

    [Fact]
    public void A_position_that_still_holds_the_quote_anchors_there()
    {
        var t = TextAnchor.Create(Body, 4, 8);
        Assert.Equal(new AnchorResult(AnchorStatus.Position, 4, 8), TextAnchor.Anchor(Body, t));
    }

    [Fact]
    public void Shifted_text_is_found_by_its_quote()
    {
        var t = TextAnchor.Create(Body, Body.IndexOf("القاهرة", StringComparison.Ordinal), Body.IndexOf("القاهرة", StringComparison.Ordinal) + 7);
        var edited = "عاجل: " + Body;

        var anchor = TextAnchor.Anchor(edited, t);

        Assert.Equal(AnchorStatus.Quote, anchor.Status);
        Assert.Equal("القاهرة", edited[anchor.Start..anchor.End]);
    }

    [Fact]
    public void When_the_quote_appears_twice_the_context_chooses()
    {
        // "الاجتماع" occurs twice; annotate the second, then shift the text so the position is stale.
        var second = Body.LastIndexOf("الاجتماع", StringComparison.Ordinal);
        var t = TextAnchor.Create(Body, second, second + 8);
        var edited = "تحديث. " + Body;

        var anchor = TextAnchor.Anchor(edited, t);

        Assert.Equal(AnchorStatus.Quote, anchor.Status);
        Assert.Equal(edited.LastIndexOf("الاجتماع", StringComparison.Ordinal), anchor.Start);
    }

    [Fact]
    public void A_slightly_edited_quote_is_found_approximately()
    {
        var start = Body.IndexOf("كان مثمرا", StringComparison.Ordinal);
        var t = TextAnchor.Create(Body, start, start + 9);
        var edited = Body.Replace("كان مثمرا", "كان مثمر جدا", StringComparison.Ordinal).Insert(0, "x");

        var anchor = TextAnchor.Anchor(edited, t);

        Assert.Equal(AnchorStatus.Fuzzy, anchor.Status);
        Assert.StartsWith("كان مثمر", edited[anchor.Start..anchor.End], StringComparison.Ordinal);
    }

    [Fact]
    public void A_quote_that_is_gone_is_detached()
    {
        var t = TextAnchor.Create(Body, 4, 17);
        Assert.Equal(AnchorResult.Detached, TextAnchor.Anchor("نص مختلف تماما لا علاقة له بما سبق.", t));
    }

    [Theory]
    // Diacritics are separate UTF-16 code units: offsets count them, as the browser's DOM does.
    [InlineData("قرأ مُحَمَّد الخبر", "مُحَمَّد")]
    // Mixed Latin and Arabic: offsets are the same units whatever the script direction.
    [InlineData("أعلنت شركة Apple عن iPhone جديد", "Apple")]
    // Characters outside the BMP (emoji) are two UTF-16 units.
    [InlineData("خبر 🇸🇦 عاجل", "عاجل")]
    public void Offsets_are_utf16_units_of_the_stored_text(string body, string quote)
    {
        var start = body.IndexOf(quote, StringComparison.Ordinal);
        var (target, error) = TextAnchor.Validate(body, start, start + quote.Length, quote);

        Assert.Null(error);
        Assert.Equal(quote, target!.Exact);
        Assert.Equal(AnchorStatus.Position, TextAnchor.Anchor(body, target).Status);
    }

    [Theory]
    [InlineData(5, 4, null)]
    [InlineData(-1, 3, null)]
    [InlineData(0, 1000, null)]
    [InlineData(0, 3, "ليس")]
    public void Selectors_that_do_not_match_the_body_are_rejected(int start, int end, string? exact) =>
        Assert.NotNull(TextAnchor.Validate(Body, start, end, exact).Error);
}
