using SearchApp.Core.Articles;
using SearchApp.Core.Search;
using SearchApp.Core.Tests.Support;

namespace SearchApp.Core.Tests.Search;

/// <summary>The reader-facing behaviour of issue 3, through the product's searcher (parser, two fields, variants).</summary>
public sealed class ArabicSearchTests : IClassFixture<ArabicSearchTests.Corpus>
{
    private readonly SearchArchive _archive;

    public ArabicSearchTests(Corpus corpus) => _archive = corpus.Fx.Archive;

    [Theory]
    // Transliterated names spelled two ways find each other, and the response says which variant was used.
    [InlineData("أمريكا", "v1", "اميركا")]
    [InlineData("ترمب", "v2", "ترامب")]
    [InlineData("غوغل", "v3", "جوجل")]
    public void A_variant_spelling_finds_the_article_and_is_reported(string query, string expectedId, string variant)
    {
        var r = Search(query);

        Assert.Contains(expectedId, r.Hits.Select(h => h.Id));
        Assert.Contains(variant, r.Variants);
    }

    [Fact]
    public void A_quoted_name_does_not_match_a_word_that_only_shares_its_stem()
    {
        Assert.Equal(["n1"], Ids("\"علي\""));
        Assert.Equal(["c1"], Ids("\"القاهرة\""));
    }

    [Fact]
    public void Ali_ranks_the_article_about_a_man_named_Ali_above_one_that_only_says_alayhi() =>
        Assert.Equal("n1", Ids("علي")[0]);

    [Theory]
    // Arabic-Indic and Eastern Arabic (Persian) digits find ASCII digits, and back.
    [InlineData("٢٠١٥")]
    [InlineData("۲۰۱۵")]
    [InlineData("2015")]
    public void Digits_in_any_script_find_each_other(string year) =>
        Assert.Equal(["d1", "d2"], Ids(year).Order());

    [Theory]
    // Hamza seats: مسؤول written مسئول.
    [InlineData("مسئول")]
    [InlineData("مسؤول")]
    public void Hamza_seat_spellings_find_each_other(string word) =>
        Assert.Equal(["h1", "h2"], Ids(word).Order());

    [Fact]
    public void A_phrase_is_marked_in_the_snippet()
    {
        var hit = Search("\"وزارة الصحة\"").Hits.Single();
        Assert.Contains("<mark>وزارة</mark> <mark>الصحة</mark>", hit.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Inflected_forms_are_marked_for_a_plain_word() =>
        Assert.Contains("<mark>", Search("مسؤولين").Hits.First().Snippet, StringComparison.Ordinal);

    [Fact]
    public void A_query_of_only_stop_words_gets_a_message_not_an_error()
    {
        var r = Search("في من على");
        Assert.Equal(0, r.Total);
        Assert.Contains(r.Notes, n => n.Contains("stop word", StringComparison.Ordinal));
    }

    private SearchResponse Search(string q) => _archive.Searcher.Search(new SearchRequest { Query = q });

    private List<string> Ids(string q) => Search(q).Hits.Select(h => h.Id).ToList();

    public sealed class Corpus : IDisposable
    {
        public ArchiveFixture Fx { get; } = new(
        [
            new ArticleInput("v1", "زيارة إلى أميركا", "وصل الوفد إلى أميركا أمس في زيارة رسمية.", "S", null, null, null),
            new ArticleInput("v2", "تصريح", "قال الرئيس دونالد ترامب إن المفاوضات مستمرة.", "S", null, null, null),
            new ArticleInput("v3", "تقنية", "أعلنت شركة جوجل عن خدمة جديدة للمستخدمين.", "S", null, null, null),
            new ArticleInput("n1", "لقاء", "التقى الوزير علي بن أحمد بالوفد الزائر.", "S", null, null, null),
            new ArticleInput("n2", "بيان", "وأكد المتحدث أن عليه أن يلتزم بالاتفاق.", "S", null, null, null),
            new ArticleInput("c1", "خبر", "انعقد المؤتمر في القاهرة بحضور الوزراء.", "S", null, null, null),
            new ArticleInput("c2", "تقرير", "قال متحدث إن القاهر للأعداء هو الصبر.", "S", null, null, null),
            new ArticleInput("d1", "أرقام", "بلغت الصادرات في عام ٢٠١٥ مستوى قياسيا.", "S", null, null, null),
            new ArticleInput("d2", "ميزانية", "ميزانية عام 2015 تحققت فيها الأهداف.", "S", null, null, null),
            new ArticleInput("h1", "صحة", "صرح مسئول في وزارة الصحة بأن الوضع مستقر.", "S", null, null, null),
            new ArticleInput("h2", "تعليم", "قال المسؤولين في التعليم إن العام الدراسي يبدأ قريبا.", "S", null, null, null),
        ]);

        public void Dispose() => Fx.Dispose();
    }
}
