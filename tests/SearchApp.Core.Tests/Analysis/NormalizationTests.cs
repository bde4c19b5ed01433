using SearchApp.Core.Analysis;

namespace SearchApp.Core.Tests.Analysis;

/// <summary>Every normalisation rule of the chain, on the exact analyzer (no suffix stemming, so the
/// normalisation is what the table shows) and on <see cref="ArabicAnalysis.Normalize"/>.</summary>
public sealed class NormalizationTests
{
    [Theory]
    // diacritics (harakat, tanween, shadda, sukun, superscript alef)
    [InlineData("مُحَمَّدٌ", "محمد")]
    [InlineData("كِتَابًا", "كتابا")]
    [InlineData("هٰذا الرحمٰن", "رحمن")] // superscript alef dropped; هذا is a stop word
    // tatweel (kashida) inside a word
    [InlineData("كتـــاب", "كتاب")]
    [InlineData("الســـعودية", "سعوديه")]
    // alef with hamza above/below, madda, wasla -> bare alef
    [InlineData("أحمد إبراهيم آمنة ٱلقدس", "احمد ابراهيم امنه قدس")]
    // hamza seats unified (waw-seat, yaa-seat, bare hamza)
    [InlineData("مسؤول", "مسءول")]
    [InlineData("مسئول", "مسءول")]
    [InlineData("سؤال", "سءال")]
    [InlineData("سءال", "سءال")]
    // taa marbuta = heh (القاهره is a common way of typing القاهرة)
    [InlineData("القاهرة", "قاهره")]
    [InlineData("القاهره", "قاهره")]
    // alef maksura = yaa (after the stop filter): مصطفى = مصطفي
    [InlineData("مصطفى", "مصطفي")]
    [InlineData("مصطفي", "مصطفي")]
    // Persian/Urdu letters: keheh, farsi yeh (medial -> yaa, final -> alef maksura), ae, gaf, peh, tcheh, veh
    [InlineData("کتاب", "كتاب")]
    [InlineData("وزیر", "وزير")]
    [InlineData("السعودیة", "سعوديه")]
    [InlineData("مدرسە", "مدرسه")]
    [InlineData("البيشمرگة", "بيشمركه")]
    [InlineData("پاکستان", "باكستان")]
    [InlineData("چاي", "جاي")]
    [InlineData("ڤولفو", "فولفو")]
    // Arabic-Indic and Eastern (Persian/Urdu) digits -> ASCII; era letter after a year dropped
    [InlineData("٢٠١٥", "2015")]
    [InlineData("۲۰۱۵", "2015")]
    [InlineData("2015م", "2015")]
    [InlineData("١٤٣٦هـ", "1436")]
    // presentation forms and ligatures (NFKC): lam-alef, Allah ligature, isolated/final forms
    [InlineData("ﻻعب", "لاعب")]
    [InlineData("ﷲ", "الله")]
    [InlineData("ﺍﻟﻘﺎﻫﺮﺓ", "قاهره")]
    // ZWNJ / ZWJ / bidi marks inside a word are invisible: removed
    [InlineData("مدر\u200Cسة", "مدرسه")]
    [InlineData("مدر\u200Dسة", "مدرسه")]
    [InlineData("\u200Fمدرسة", "مدرسه")]
    // decomposed text (letter + combining hamza/madda) composes first
    [InlineData("ا\u0653من", "امن")]
    [InlineData("مسو\u0654ول", "مسءول")]
    // Latin lowercased, full-width folded
    [InlineData("Google ＡＰＰＬＥ", "google apple")]
    public void The_exact_chain_normalises(string input, string expected)
    {
        Assert.Equal(expected, AnalyzerTokens.Exact(input));
    }

    [Theory]
    [InlineData("مُحَمَّد  بن   سلمان", "محمد بن سلمان")] // diacritics, whitespace collapsed
    [InlineData(" الأميرة نورة ", "الاميره نوره")] // hamza on alef, taa marbuta, trimmed
    [InlineData("مصطفى", "مصطفي")] // alef maksura folded here (no stop filter to protect)
    [InlineData("عام ٢٠١٥", "عام 2015")] // digits
    [InlineData("ﻻ", "لا")] // ligature, no stop-word removal in Normalize
    [InlineData("Trump ترامب", "trump ترامب")] // Latin lowercased
    [InlineData("مسئول", "مسءول")] // hamza seat
    [InlineData("", "")]
    public void Normalize_folds_text_without_tokenising_or_stemming(string input, string expected)
    {
        Assert.Equal(expected, ArabicAnalysis.Normalize(input));
    }

    [Fact]
    public void Normalize_is_idempotent_on_normalised_text()
    {
        const string text = "ﺍﻟﻘﺎﻫﺮﺓ مُحَمَّد مسؤول ۲۰۱۵ وزیر";
        var once = ArabicAnalysis.Normalize(text);
        Assert.Equal(once, ArabicAnalysis.Normalize(once));
    }

    [Fact]
    public void Offsets_point_into_the_original_text_after_folding()
    {
        // Folding runs after the tokenizer, so highlighting can use offsets without correction maps.
        const string text = "كتـــاب مُحَمَّد";
        using var analyzer = ArabicAnalysis.CreateExactAnalyzer();
        using var stream = analyzer.GetTokenStream("body", text);
        var offsets = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.IOffsetAttribute>();
        stream.Reset();
        Assert.True(stream.IncrementToken());
        Assert.Equal("كتـــاب", text[offsets.StartOffset..offsets.EndOffset]);
        Assert.True(stream.IncrementToken());
        Assert.Equal("مُحَمَّد", text[offsets.StartOffset..offsets.EndOffset]);
        stream.End();
    }
}
