using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using SearchApp.Core.Analysis;
using Fields = SearchApp.Core.Indexing.Fields;

namespace SearchApp.Core.Tests.Analysis;

/// <summary>Real Lucene searches over a RAMDirectory indexed with <see cref="ArabicAnalysis.CreateIndexAnalyzer"/>.</summary>
public sealed class ArabicSearchTests : IDisposable
{
    private readonly RAMDirectory _directory = new();
    private readonly ArabicQueryBuilder _queries = new();

    private void Index(params (string Id, string Title, string Body)[] articles)
    {
        using var analyzer = ArabicAnalysis.CreateIndexAnalyzer();
        using var writer = new IndexWriter(_directory, new IndexWriterConfig(ArabicAnalysis.Version, analyzer));
        foreach (var (id, title, body) in articles)
        {
            writer.AddDocument(new Document
            {
                new StringField(Fields.Id, id, Field.Store.YES),
                new TextField(Fields.Title, title, Field.Store.NO),
                new TextField(Fields.TitleExact, title, Field.Store.NO),
                new TextField(Fields.Body, body, Field.Store.NO),
                new TextField(Fields.BodyExact, body, Field.Store.NO),
            });
        }

        writer.Commit();
    }

    private List<string> Search(Query query)
    {
        using var reader = DirectoryReader.Open(_directory);
        var searcher = new IndexSearcher(reader);
        return [.. searcher.Search(query, 10).ScoreDocs.Select(hit => searcher.Doc(hit.Doc).Get(Fields.Id))];
    }

    [Theory]
    [InlineData("ترامب", "ترمب")]
    [InlineData("أمريكا", "أميركا")]
    [InlineData("الأميركية", "الأمريكية")]
    [InlineData("غوغل", "جوجل")]
    public void A_variant_spelling_finds_the_article(string query, string written)
    {
        Index(("a", "خبر", $"تحدث المرشح عن {written} في خطابه"), ("b", "خبر", "تحدث المرشح عن الاقتصاد في خطابه"));

        var (expanded, used) = _queries.Build(query);
        Assert.Equal(["a"], Search(expanded));
        Assert.Contains(ArabicAnalysis.Normalize(written), used);

        using var withoutVariants = new ArabicQueryBuilder(new VariantExpander(new VariantMap([])));
        Assert.Empty(Search(withoutVariants.Build(query).Query)); // the expansion is what finds it
    }

    [Fact]
    public void A_quoted_name_on_the_exact_field_does_not_match_a_same_stem_word()
    {
        Index(("country", "", "وصل الوفد إلى سوريا أمس"), ("adjective", "", "وصل الوفد السوري أمس"));

        Assert.Equal(["adjective", "country"], Search(_queries.Build("سوريا").Query).Order()); // stemmed: both
        Assert.Equal(["country"], Search(_queries.BuildPhrase("سوريا")));
    }

    [Fact]
    public void A_quoted_word_on_the_exact_field_matches_it_with_clitics_but_not_its_stem_family()
    {
        Index(("school", "", "افتتح الأمير المدرسة الجديدة"), ("teacher", "", "كرم الأمير المدرس القديم"),
            ("clitic", "", "وفي بالمدرسة الجديدة احتفال"));

        Assert.Equal(["clitic", "school"], Search(_queries.BuildPhrase("المدرسة")).Order());
        Assert.Equal(["clitic", "school"], Search(_queries.BuildPhrase("مدرسة الجديدة")).Order());
        Assert.Equal(3, Search(_queries.Build("المدرسة").Query).Count);
    }

    [Fact]
    public void Exact_matches_rank_above_stem_only_matches()
    {
        Index(("stem-only", "", "التقى المدرسون بالوزير في الرياض"), ("exact", "", "زار الوزير المدرسة في الرياض"));

        Assert.Equal(["exact", "stem-only"], Search(_queries.Build("المدرسة").Query));
    }

    [Fact]
    public void Ali_ranks_an_article_about_a_man_named_Ali_above_one_only_containing_alayhi()
    {
        Index(
            ("alayhi", "اجتماع", "أكد المجلس عليه أن يلتزم بما اتفق عليه وأثنى على علية القوم"),
            ("ali", "لقاء", "استقبل الوزير علي بن حسن في مكتبه وبحث مع علي الملفات"));

        var hits = Search(_queries.Build("علي").Query);
        Assert.Equal("ali", hits[0]);
        Assert.DoesNotContain("alayhi", hits);

        // The stock analyzer stems علي and علية to the same عل, so it matches both articles.
        using var stock = ArabicAnalysis.CreateBaselineAnalyzer();
        Assert.Equal(AnalyzerTokens.Of(stock, "علي"), AnalyzerTokens.Of(stock, "علية"));
    }

    [Theory]
    [InlineData("٢٠١٥", "في عام 2015 ارتفعت الأسعار")] // Arabic-Indic query, ASCII text
    [InlineData("۲۰۱۵", "في عام 2015 ارتفعت الأسعار")] // Eastern (Persian) query, ASCII text
    [InlineData("2015", "في عام ٢٠١٥م ارتفعت الأسعار")] // ASCII query, Arabic-Indic text with era letter
    public void Eastern_digits_find_ascii_digits(string query, string body)
    {
        Index(("year", "", body), ("other", "", "في عام 2014 انخفضت الأسعار"));

        Assert.Equal(["year"], Search(_queries.Build(query).Query));
    }

    [Fact]
    public void Hamza_seats_and_persian_letters_find_each_other()
    {
        Index(("a", "", "صرح مسئول في الوزارة"), ("b", "", "وصل وزیر الخارجية"));

        Assert.Equal(["a"], Search(_queries.Build("مسؤول").Query));
        Assert.Equal(["b"], Search(_queries.Build("وزير").Query));
    }

    public void Dispose()
    {
        _queries.Dispose();
        _directory.Dispose();
    }
}
