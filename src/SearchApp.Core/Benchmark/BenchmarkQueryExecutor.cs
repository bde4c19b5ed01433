using Lucene.Net.Analysis;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Lucene.Net.Util;
using SearchApp.Core.Facets;

namespace SearchApp.Core.Benchmark;

/// <summary>
/// Runs one workload query end to end (parse → top 10 + exact total + 4 facet dimensions → stored id and
/// title of the hits → snippets of the top 3). One executor per thread: the classic QueryParser is not
/// thread-safe; the searcher, analyzer and facet state are shared.
/// </summary>
public sealed class BenchmarkQueryExecutor
{
    public const int TopHits = 10;
    public const int TopValues = 10;
    public const int Snippets = 3;
    public const int FragmentSize = 150;

    public static readonly IReadOnlyList<string> Dimensions =
        [BenchmarkIndexer.Person, BenchmarkIndexer.Org, BenchmarkIndexer.Loc, BenchmarkIndexer.Source];

    private static readonly HashSet<string> IdTitle = [BenchmarkIndexer.Id, BenchmarkIndexer.Title];
    private static readonly HashSet<string> IdTitleBody = [BenchmarkIndexer.Id, BenchmarkIndexer.Title, BenchmarkIndexer.Body];

    private readonly IndexSearcher searcher;
    private readonly Analyzer analyzer;
    private readonly QueryParser parser;
    private readonly FacetEngine engine = new();
    private readonly SimpleHTMLFormatter formatter = new("<b>", "</b>");

    public BenchmarkQueryExecutor(IndexSearcher searcher, Analyzer analyzer)
    {
        this.searcher = searcher;
        this.analyzer = analyzer;
        parser = new QueryParser(LuceneVersion.LUCENE_48, BenchmarkIndexer.Text, analyzer)
        {
            DefaultOperator = Operator.AND,
        };
    }

    public QueryOutcome Run(string text)
    {
        Query query;
        try
        {
            query = parser.Parse(text);
        }
        catch (ParseException e)
        {
            throw new InvalidDataException($"Query '{text}' does not parse: {e.Message}", e);
        }

        var result = engine.Search(searcher, new FacetSearchRequest
        {
            Query = query,
            Dimensions = Dimensions,
            TopValues = TopValues,
            Hits = TopHits,
        });

        var hits = result.TopDocs.ScoreDocs;
        var top = new string[hits.Length];
        var snippets = new List<string>(Snippets);
        Highlighter? highlighter = null;
        for (var i = 0; i < hits.Length; i++)
        {
            var doc = searcher.Doc(hits[i].Doc, i < Snippets ? IdTitleBody : IdTitle);
            top[i] = doc.Get(BenchmarkIndexer.Id);
            _ = doc.Get(BenchmarkIndexer.Title);
            if (i < Snippets)
            {
                highlighter ??= NewHighlighter(query);
                snippets.Add(Snippet(highlighter, doc.Get(BenchmarkIndexer.Body) ?? ""));
            }
        }

        var facets = new Dictionary<string, IReadOnlyList<KeyValuePair<string, int>>>(Dimensions.Count);
        foreach (var dimension in Dimensions)
        {
            var values = result.Facets[dimension];
            var pairs = new KeyValuePair<string, int>[values.Count];
            for (var i = 0; i < pairs.Length; i++)
            {
                pairs[i] = new KeyValuePair<string, int>(values[i].Value, values[i].Count);
            }

            facets[dimension] = pairs;
        }

        return new QueryOutcome(text, result.TotalHits, top, facets, snippets);
    }

    // Lucene's default encoder leaves text as it is (no HTML escaping), in Java and in Lucene.Net alike;
    // the reference results were made that way, so the snippets here must not be escaped either.
    private Highlighter NewHighlighter(Query query)
    {
        var scorer = new QueryScorer(query, BenchmarkIndexer.Text);
        return new Highlighter(formatter, scorer) { TextFragmenter = new SimpleSpanFragmenter(scorer, FragmentSize) };
    }

    private string Snippet(Highlighter highlighter, string body) =>
        highlighter.GetBestFragment(analyzer, BenchmarkIndexer.Text, body) ?? body[..Math.Min(FragmentSize, body.Length)];
}
