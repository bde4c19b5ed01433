using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchApp.Core.Indexing;
using Fields = SearchApp.Core.Indexing.Fields;

namespace SearchApp.Core.Search;

/// <summary>
/// Runs searches against the near-real-time searcher: lenient query parsing, filters, top-k by BM25
/// (or newest first when there is no query), exact total, snippets, facets.
/// </summary>
public sealed class ArticleSearcher
{
    private readonly ArticleIndex _index;
    private readonly QueryInterpreter _interpreter;
    private readonly SnippetBuilder _snippets;

    public ArticleSearcher(ArticleIndex index)
    {
        _index = index;
        _interpreter = new QueryInterpreter(index.Analyzer);
        _snippets = new SnippetBuilder();
    }

    public InterpretedQuery Interpret(string? text) => _interpreter.Interpret(text);

    public SearchResponse Search(SearchRequest request)
    {
        request.Validate();
        var interpreted = _interpreter.Interpret(request.Query);
        var facets = Fields.FacetDimensions.ToDictionary(d => d, _ => (IReadOnlyList<FacetValue>)[]);
        if (interpreted.Query is null)
        {
            return new SearchResponse(0, request.Page, request.Size, interpreted.Parsed, interpreted.Notes, [], facets, []);
        }

        var query = ApplyFilters(interpreted.Query, request);
        var searcher = _index.Searchers.Acquire();
        try
        {
            var want = request.Page * request.Size;
            var top = interpreted.MatchesAll
                ? searcher.Search(query, null, want, NewestFirst, doDocScores: false, doMaxScore: false)
                : searcher.Search(query, want);
            var hits = new List<SearchHit>(request.Size);
            for (var i = (request.Page - 1) * request.Size; i < top.ScoreDocs.Length; i++)
            {
                hits.Add(ToHit(searcher.Doc(top.ScoreDocs[i].Doc), interpreted.Query, top.ScoreDocs[i].Score));
            }

            return new SearchResponse(top.TotalHits, request.Page, request.Size, interpreted.Parsed, interpreted.Notes, hits, facets, []) { Variants = interpreted.Variants };
        }
        finally
        {
            _index.Searchers.Release(searcher);
        }
    }

    private static readonly Sort NewestFirst = new(
        new SortField(Fields.Published, SortFieldType.INT32, reverse: true),
        SortField.FIELD_DOC);

    private SearchHit ToHit(Document doc, Query query, float score)
    {
        var body = doc.Get(Fields.Body) ?? string.Empty;
        var published = doc.GetField(Fields.Published)?.GetInt32Value();
        return new SearchHit(
            doc.Get(Fields.Id),
            doc.Get(Fields.Title) ?? string.Empty,
            doc.Get(Fields.Source) ?? string.Empty,
            ArticleDocumentBuilder.FromDateKey(published),
            _snippets.Build(query, body),
            float.IsNaN(score) ? 0 : score);
    }

    private static Query ApplyFilters(Query query, SearchRequest request)
    {
        var filtered = new BooleanQuery { { query, Occur.MUST } };
        var any = false;
        foreach (var (dim, values) in request.Filters)
        {
            if (values.Count == 0)
            {
                continue;
            }

            var within = new BooleanQuery();
            foreach (var value in values)
            {
                within.Add(new TermQuery(new Term(dim, value)), Occur.SHOULD);
            }

            filtered.Add(new ConstantScoreQuery(within) { Boost = 0 }, Occur.MUST);
            any = true;
        }

        foreach (var (dim, values) in request.Exclusions)
        {
            foreach (var value in values)
            {
                filtered.Add(new TermQuery(new Term(dim, value)), Occur.MUST_NOT);
                any = true;
            }
        }

        if (request.From is not null || request.To is not null)
        {
            var from = request.From is { } f ? ArticleDocumentBuilder.ToDateKey(f) : (int?)null;
            var to = request.To is { } t ? ArticleDocumentBuilder.ToDateKey(t) : (int?)null;
            filtered.Add(new ConstantScoreQuery(NumericRangeQuery.NewInt32Range(Fields.Published, from, to, true, true)) { Boost = 0 }, Occur.MUST);
            any = true;
        }

        return any ? filtered : query;
    }
}
