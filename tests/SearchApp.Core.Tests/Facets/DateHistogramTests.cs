using SearchApp.Core.Facets;

namespace SearchApp.Core.Tests.Facets;

public sealed class DateHistogramTests : IDisposable
{
    private readonly TempFacetIndex index = new();
    private readonly FacetEngine engine = new();

    public DateHistogramTests()
    {
        // January and April 2024 have articles, February and March none; one article has no date.
        index.Add("d1", "x", d => Dated(d, "A", new DateOnly(2024, 1, 5)))
             .Add("d2", "x", d => Dated(d, "A", new DateOnly(2024, 1, 31)))
             .Commit()
             .Add("d3", "x", d => Dated(d, "B", new DateOnly(2024, 4, 2)))
             .Add("d4", "x", d => FacetFields.AddValue(d, "person", "A"))
             .Add("d5", "x", d => Dated(d, "B", new DateOnly(2024, 4, 20)));
    }

    public void Dispose() => index.Dispose();

    [Fact]
    public void Month_buckets_sum_to_the_dated_hits_and_empty_months_are_kept()
    {
        var dates = Histogram(FacetFilters.None);

        Assert.Equal(DateGranularity.Month, dates.Granularity);
        Assert.Equal([("2024-01", 2), ("2024-02", 0), ("2024-03", 0), ("2024-04", 2)], dates.Buckets.Select(b => (b.Bucket, b.Count)));
        Assert.Equal(4, dates.DatedHits);
        Assert.Equal(1, dates.UndatedHits);
        Assert.Equal(dates.DatedHits, dates.Buckets.Sum(b => b.Count));
    }

    [Fact]
    public void A_short_date_range_is_bucketed_by_day_over_the_whole_range()
    {
        var dates = Histogram(new FacetFilters { From = new DateOnly(2024, 4, 1), To = new DateOnly(2024, 4, 30) });

        Assert.Equal(DateGranularity.Day, dates.Granularity);
        Assert.Equal(30, dates.Buckets.Count);
        Assert.Equal("2024-04-01", dates.Buckets[0].Bucket);
        Assert.Equal(1, dates.Buckets[1].Count);   // 04-02
        Assert.Equal(1, dates.Buckets[19].Count);  // 04-20
        Assert.Equal(2, dates.Buckets.Sum(b => b.Count));
        Assert.Equal(0, dates.UndatedHits); // a date range excludes undated articles
    }

    [Fact]
    public void The_histogram_covers_the_hits_only()
    {
        var dates = Histogram(new FacetFilters { Include = new Dictionary<string, IReadOnlyList<string>> { ["person"] = ["A"] } });

        // A's dated articles are both in January 2024, within 62 days: day buckets.
        Assert.Equal(DateGranularity.Day, dates.Granularity);
        Assert.Equal(27, dates.Buckets.Count); // 01-05 .. 01-31
        Assert.Equal(2, dates.DatedHits);
        Assert.Equal(1, dates.UndatedHits);
    }

    [Fact]
    public void A_far_open_ended_range_falls_back_to_the_hits_own_months()
    {
        var dates = Histogram(new FacetFilters { From = new DateOnly(1, 1, 1) });

        Assert.Equal(4, dates.Buckets.Count);
        Assert.Equal("2024-01", dates.Buckets[0].Bucket);
    }

    [Fact]
    public void Hits_can_be_sorted_newest_first_on_the_published_doc_values()
    {
        var searcher = index.Searcher();
        var sort = new Lucene.Net.Search.Sort(new Lucene.Net.Search.SortField("published", Lucene.Net.Search.SortFieldType.INT32, true));

        var result = engine.Search(searcher, new FacetSearchRequest { Sort = sort, Hits = 3, Dimensions = ["person"] });

        Assert.Equal(["d5", "d3", "d2"], result.TopDocs.ScoreDocs.Select(sd => searcher.Doc(sd.Doc).Get("id")));
        Assert.Equal(5, result.TotalHits);
    }

    private static void Dated(Lucene.Net.Documents.Document doc, string person, DateOnly date)
    {
        FacetFields.AddValue(doc, "person", person);
        FacetFields.AddPublished(doc, date);
    }

    private DateHistogram Histogram(FacetFilters filters) =>
        engine.Search(index.Searcher(), new FacetSearchRequest { Filters = filters, DateHistogram = true, Hits = 0 }).Dates!;
}
