using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchApp.Core.Facets;

namespace SearchApp.Core.Tests.Facets;

public sealed class FacetFieldsTests : IDisposable
{
    private readonly TempFacetIndex index = new();
    private readonly FacetEngine engine = new();

    public void Dispose() => index.Dispose();

    [Fact]
    public void A_document_mentioning_an_entity_five_times_counts_once()
    {
        index.Add("d1", "x", d => FacetFields.AddValues(d, "person", ["أحمد", "أحمد", " أحمد ", "أحمد\n", "أحمد"]))
             .Add("d2", "x", d => FacetFields.AddValues(d, "person", ["أحمد", "سارة"]));

        var result = engine.Search(index.Searcher(), new FacetSearchRequest { Dimensions = ["person"] });

        Assert.Equal([new FacetValue("أحمد", 2, false), new FacetValue("سارة", 1, false)], result.Facets["person"]);
    }

    [Fact]
    public void Values_are_trimmed_and_blank_or_repeated_values_are_dropped_across_calls()
    {
        var doc = new Document();

        var first = FacetFields.AddValues(doc, "person", ["  علي ", "", null, "   ", "علي", "سارة"]);
        var second = FacetFields.AddValues(doc, "person", ["سارة", "ريم"]);
        FacetFields.AddValue(doc, "source", "علي"); // another dimension: not a repeat

        Assert.Equal(2, first);
        Assert.Equal(1, second);
        Assert.Equal(["علي", "سارة", "ريم"], doc.GetFields("person").Where(f => f is StringField).Select(f => f.GetStringValue()));
        Assert.Equal(3, doc.GetFields("person").Count(f => f is SortedSetDocValuesField));
    }

    [Fact]
    public void A_facet_value_is_also_a_term_that_filters()
    {
        index.Add("d1", "x", d => FacetFields.AddValue(d, "org", "الأمم المتحدة"))
             .Add("d2", "x", d => FacetFields.AddValue(d, "org", "البنك الدولي"));

        var hits = index.Searcher().Search(new TermQuery(new Term("org", "الأمم المتحدة")), 10);

        Assert.Equal(1, hits.TotalHits);
    }

    [Theory]
    [InlineData(2024, 3, 7, 20240307)]
    [InlineData(1999, 12, 31, 19991231)]
    [InlineData(1, 1, 1, 10101)]
    public void Dates_are_encoded_as_yyyymmdd_and_decoded_back(int year, int month, int day, int encoded)
    {
        var date = new DateOnly(year, month, day);

        Assert.Equal(encoded, FacetFields.ToYyyymmdd(date));
        Assert.True(FacetFields.TryFromYyyymmdd(encoded, out var decoded));
        Assert.Equal(date, decoded);
    }

    [Theory]
    [InlineData(20230229)] // not a leap year
    [InlineData(20231301)] // month 13
    [InlineData(20230100)] // day 0
    [InlineData(0)]
    public void Values_that_are_not_dates_are_rejected(long value) =>
        Assert.False(FacetFields.TryFromYyyymmdd(value, out _));
}
