using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchApp.Core.Facets;

namespace SearchApp.Core.Tests.Facets;

public sealed class BruteForceFacetTests(GeneratedFacetIndex index) : IClassFixture<GeneratedFacetIndex>
{
    private static readonly Comparison<FacetValue> CountThenUtf8 = (a, b) =>
        a.Count != b.Count ? b.Count.CompareTo(a.Count) : Utf8(a.Value).AsSpan().SequenceCompareTo(Utf8(b.Value));

    private readonly FacetEngine engine = new();

    [Fact]
    public void The_generated_index_has_several_segments_deletions_and_a_segment_without_entities()
    {
        Assert.True(index.Reader.Leaves.Count >= 4, $"{index.Reader.Leaves.Count} segments");
        Assert.True(index.Reader.HasDeletions);
        Assert.Contains(index.Reader.Leaves, leaf => leaf.AtomicReader.GetSortedSetDocValues("person") is null);
        Assert.Equal(index.Live.Count, index.Reader.NumDocs);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Facet_counts_hits_and_date_buckets_equal_brute_force_counts_for_random_queries_and_filters(int seed)
    {
        var stored = StoredDoc.ReadAll(index.Reader);
        var random = new Random(seed);
        for (var round = 0; round < 40; round++)
        {
            var terms = RandomTerms(random);
            var filters = RandomFilters(random);
            var request = new FacetSearchRequest
            {
                Query = ToQuery(terms),
                Filters = filters,
                Dimensions = GeneratedFacetIndex.Dimensions,
                TopValues = 1000,
                Hits = 10,
                DateHistogram = true,
            };
            var context = $"seed {seed} round {round}: terms [{string.Join(",", terms)}] {Describe(filters)}";

            var result = engine.Search(index.Searcher, request);

            var hits = stored.Where(d => d.MatchesBase(terms, filters) && d.PassesSelections(filters, null)).ToList();
            Assert.True(hits.Count == result.TotalHits, $"{context}: total {result.TotalHits}, expected {hits.Count}");
            var hitIds = hits.Select(d => d.Id).ToHashSet();
            var topIds = result.TopDocs.ScoreDocs.Select(sd => index.Searcher.Doc(sd.Doc).Get("id")).ToList();
            Assert.Equal(Math.Min(10, hits.Count), topIds.Count);
            Assert.All(topIds, id => Assert.Contains(id, hitIds));

            foreach (var dimension in GeneratedFacetIndex.Dimensions)
            {
                var expected = ExpectedCounts(stored, terms, filters, dimension);
                var actual = result.Facets[dimension];
                Assert.True(
                    expected.SequenceEqual(actual),
                    $"{context} dim {dimension}:\n expected {string.Join("; ", expected)}\n actual   {string.Join("; ", actual)}");
            }

            var dated = hits.Where(d => d.Published is not null).ToList();
            Assert.Equal(dated.Count, result.Dates!.DatedHits);
            Assert.Equal(dated.Count, result.Dates.Buckets.Sum(b => b.Count));
            Assert.Equal(hits.Count - dated.Count, result.Dates.UndatedHits);
            if (result.Dates.Granularity == DateGranularity.Month)
            {
                foreach (var bucket in result.Dates.Buckets)
                {
                    Assert.Equal(dated.Count(d => d.Published!.Value.ToString("yyyy-MM", null) == bucket.Bucket), bucket.Count);
                }
            }
        }
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    public void Top_n_lists_are_the_head_of_the_full_list_plus_the_selected_values(int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 20; round++)
        {
            var terms = RandomTerms(random);
            var filters = RandomFilters(random);
            var full = engine.Search(index.Searcher, new FacetSearchRequest
            {
                Query = ToQuery(terms), Filters = filters, Dimensions = GeneratedFacetIndex.Dimensions, TopValues = 1000,
            });
            var top3 = engine.Search(index.Searcher, new FacetSearchRequest
            {
                Query = ToQuery(terms), Filters = filters, Dimensions = GeneratedFacetIndex.Dimensions, TopValues = 3,
            });

            foreach (var dimension in GeneratedFacetIndex.Dimensions)
            {
                var expected = full.Facets[dimension]
                    .Where(v => v.Count > 0)
                    .Take(3)
                    .Concat(full.Facets[dimension].Where(v => v.Selected))
                    .Distinct()
                    .ToList();
                expected.Sort(CountThenUtf8);
                var actual = top3.Facets[dimension].ToList();
                actual.Sort(CountThenUtf8);
                Assert.Equal(expected, actual);
            }
        }
    }

    internal static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);

    private static List<FacetValue> ExpectedCounts(List<StoredDoc> stored, string[] terms, FacetFilters filters, string dimension)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var doc in stored)
        {
            if (doc.MatchesBase(terms, filters) && doc.PassesSelections(filters, dimension))
            {
                foreach (var value in doc.Values[dimension])
                {
                    counts[value] = counts.GetValueOrDefault(value) + 1;
                }
            }
        }

        var selected = filters.SelectedIn(dimension);
        var values = counts.Select(kv => new FacetValue(kv.Key, kv.Value, selected.Contains(kv.Key))).ToList();
        values.AddRange(selected.Where(s => !counts.ContainsKey(s)).Select(s => new FacetValue(s, 0, true)));
        values.Sort(CountThenUtf8);
        return values;
    }

    private static string[] RandomTerms(Random random) => random.Next(4) switch
    {
        0 => [],
        1 or 2 => ["w" + random.Next(12)],
        _ => ["w" + random.Next(6), "w" + random.Next(12)],
    };

    private static Query? ToQuery(string[] terms)
    {
        if (terms.Length == 0)
        {
            return null;
        }

        var query = new BooleanQuery();
        foreach (var term in terms)
        {
            query.Add(new TermQuery(new Term(GeneratedFacetIndex.Text, term)), Occur.MUST);
        }

        return query;
    }

    private static FacetFilters RandomFilters(Random random)
    {
        var include = new Dictionary<string, IReadOnlyList<string>>();
        var exclude = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var dimension in GeneratedFacetIndex.Dimensions)
        {
            var pool = Pool(dimension);
            switch (random.Next(5))
            {
                case 0:
                    include[dimension] = Enumerable.Range(0, 1 + random.Next(3)).Select(_ => pool[random.Next(pool.Length)]).Distinct().ToList();
                    break;
                case 1 when random.Next(2) == 0:
                    exclude[dimension] = [pool[random.Next(pool.Length)]];
                    break;
                case 2 when random.Next(4) == 0:
                    include[dimension] = ["no such value"];
                    break;
            }
        }

        DateOnly? from = random.Next(3) == 0 ? new DateOnly(2019, 1, 1).AddDays(random.Next(900)) : null;
        DateOnly? to = random.Next(3) == 0 ? new DateOnly(2019, 6, 1).AddDays(random.Next(900)) : null;
        return new FacetFilters { Include = include, Exclude = exclude, From = from, To = to };
    }

    private static string[] Pool(string dimension) => dimension switch
    {
        "person" => GeneratedFacetIndex.Persons,
        "org" => GeneratedFacetIndex.Orgs,
        "loc" => GeneratedFacetIndex.Locs,
        _ => GeneratedFacetIndex.Sources,
    };

    private static string Describe(FacetFilters f) =>
        $"include {{{string.Join(" ", f.Include.Select(kv => kv.Key + "=" + string.Join("|", kv.Value)))}}} " +
        $"exclude {{{string.Join(" ", f.Exclude.Select(kv => kv.Key + "=" + string.Join("|", kv.Value)))}}} {f.From}..{f.To}";
}
