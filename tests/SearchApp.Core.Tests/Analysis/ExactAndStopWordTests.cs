using SearchApp.Core.Analysis;

namespace SearchApp.Core.Tests.Analysis;

/// <summary>The exact-normalised chain (proclitics only) and the stop words.</summary>
public sealed class ExactAndStopWordTests
{
    [Theory]
    // proclitics go: a quoted name matches the name with و/ب/ل/ال attached
    [InlineData("القاهرة", "قاهره")]
    [InlineData("بالقاهرة", "قاهره")]
    [InlineData("وعلي", "علي")]
    [InlineData("لعلي", "علي")]
    [InlineData("بجدة", "جده")]
    // suffixes stay: exact means this word, not its stem family
    [InlineData("قاهر", "قاهر")]
    [InlineData("المدرسة", "مدرسه")]
    [InlineData("المدرس", "مدرس")]
    [InlineData("السعوديين", "سعوديين")]
    [InlineData("بريطانيا", "بريطانيا")]
    [InlineData("البريطانية", "بريطانيه")]
    // a word's own leading letters stay
    [InlineData("وزير", "وزير")]
    [InlineData("للجنة", "لجنه")]
    public void The_exact_chain_removes_only_proclitics(string input, string expected)
    {
        Assert.Equal(expected, AnalyzerTokens.Exact(input));
    }

    [Theory]
    // prepositions, pronouns, demonstratives, relatives, particles: removed by both chains
    [InlineData("في من إلى على عن", "")]
    [InlineData("هذا هذه الذي التي", "")]
    [InlineData("عليه عليها فيه منها", "")]
    [InlineData("وفي ومن وعلى", "")]
    [InlineData("قد لقد كما أيضا", "")]
    // stop words are matched after alef/hamza folding: إلى and الى, أن and ان
    [InlineData("إلى الى أن ان", "")]
    // ...but before alef maksura folding: the preposition على is a stop word, the name علي is not
    [InlineData("على علي", "علي")]
    // Persian-keyboard على (final farsi yeh) is the preposition too
    [InlineData("علی", "")]
    // content words survive
    [InlineData("الرئيس في الرياض", "رءيس رياض")]
    public void Stop_words_are_removed(string input, string expected)
    {
        Assert.Equal(expected, AnalyzerTokens.Stemmed(input));
        Assert.Equal(expected.Length == 0, AnalyzerTokens.Exact(input).Length == 0);
    }

    [Fact]
    public void Stop_words_leave_a_position_gap_so_phrases_stay_honest()
    {
        using var analyzer = ArabicAnalysis.CreateExactAnalyzer();
        using var stream = analyzer.GetTokenStream("body.exact", "وزير من الخارجية");
        var increment = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.IPositionIncrementAttribute>();
        stream.Reset();
        Assert.True(stream.IncrementToken());
        Assert.True(stream.IncrementToken());
        Assert.Equal(2, increment.PositionIncrement);
        stream.End();
    }

    [Fact]
    public void The_index_analyzer_uses_the_exact_chain_only_for_the_exact_fields()
    {
        using var analyzer = ArabicAnalysis.CreateIndexAnalyzer();
        Assert.Equal(["قاهره"], AnalyzerTokens.OfField(analyzer, SearchApp.Core.Indexing.Fields.TitleExact, "والقاهرة"));
        Assert.Equal(["مدرسه"], AnalyzerTokens.OfField(analyzer, SearchApp.Core.Indexing.Fields.BodyExact, "المدرسة"));
        Assert.Equal(["مدرس"], AnalyzerTokens.OfField(analyzer, SearchApp.Core.Indexing.Fields.Body, "المدرسة"));
        Assert.Equal(["مدرس"], AnalyzerTokens.OfField(analyzer, SearchApp.Core.Indexing.Fields.Title, "المدرسة"));
        Assert.Equal(["مدرس"], AnalyzerTokens.OfField(analyzer, SearchApp.Core.Indexing.Fields.Note, "المدرسة"));
    }
}
