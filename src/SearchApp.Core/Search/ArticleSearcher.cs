using Lucene.Net.Documents;
using Lucene.Net.Search;
using SearchApp.Core.Facets;
using SearchApp.Core.Indexing;
using Fields = SearchApp.Core.Indexing.Fields;

namespace SearchApp.Core.Search;

/// <summary>
/// Runs searches against the near-real-time searcher: lenient query parsing, then one facet-engine pass
/// that yields the top hits by BM25 (newest first when there is no query), the exact total, drill-sideways
/// counts for every facet dimension and the date histogram; then snippets for the page's hits.
/// </summary>
public sealed class ArticleSearcher
{
    public const int DefaultFacetSize = 10;
    public const int MaxFacetSize = 200;

    /// <summary>The order of the all-articles listing: newest first, then index order.</summary>
    internal static readonly Sort NewestFirst = new(new SortField(Fields.Published, SortFieldType.INT32, reverse: true), SortField.FIELD_DOC);
    private readonly ArticleIndex _index;
    private readonly QueryInterpreter _interpreter;
    private readonly SnippetBuilder _snippets = new();
    private readonly FacetEngine _facets = new();

    public ArticleSearcher(ArticleIndex index)
    {
        _index = index;
        _interpreter = new QueryInterpreter(index.Analyzer);
    }

    public InterpretedQuery Interpret(string? text) => _interpreter.Interpret(text);

    public SearchResponse Search(SearchRequest request, int facetSize = DefaultFacetSize)
    {
        request.Validate();
        var interpreted = _interpreter.Interpret(request.Query);
        if (interpreted.Query is null)
        {
            var empty = Fields.FacetDimensions.ToDictionary(d => d, _ => (IReadOnlyList<FacetValue>)[]);
            return new SearchResponse(0, request.Page, request.Size, interpreted.Parsed, interpreted.Notes, [], empty, DateHistogram.Empty);
        }

        var searcher = _index.Searchers.Acquire();
        try
        {
            var result = _facets.Search(searcher, new FacetSearchRequest
            {
                Query = interpreted.MatchesAll ? null : interpreted.Query,
                Filters = Filters(request),
                Dimensions = Fields.FacetDimensions,
                TopValues = Math.Clamp(facetSize, 1, MaxFacetSize),
                Hits = request.Page * request.Size,
                Sort = interpreted.MatchesAll ? NewestFirst : null,
                DateHistogram = true,
            });
            var hits = new List<SearchHit>(request.Size);
            var docs = result.TopDocs.ScoreDocs;
            for (var i = (request.Page - 1) * request.Size; i < docs.Length; i++)
            {
                hits.Add(ToHit(searcher.Doc(docs[i].Doc), interpreted.Query, docs[i].Score));
            }

            return new SearchResponse(result.TotalHits, request.Page, request.Size, interpreted.Parsed, interpreted.Notes, hits, result.Facets, result.Dates ?? DateHistogram.Empty)
            {
                Variants = interpreted.Variants,
            };
        }
        finally
        {
            _index.Searchers.Release(searcher);
        }
    }

    /// <summary>Values of one dimension matching typed text, counted under the request's query and filters.</summary>
    public IReadOnlyList<FacetValue> SearchFacetValues(SearchRequest request, string dimension, string text, FacetMatchMode mode, int limit)
    {
        request.Validate();
        var interpreted = _interpreter.Interpret(request.Query);
        if (interpreted.Query is null)
        {
            return [];
        }

        var searcher = _index.Searchers.Acquire();
        try
        {
            return _facets.SearchValues(searcher, new FacetValueSearchRequest
            {
                Dimension = dimension,
                Text = text,
                Mode = mode,
                Limit = Math.Clamp(limit, 1, MaxFacetSize),
                Query = interpreted.MatchesAll ? null : interpreted.Query,
                Filters = Filters(request),
            });
        }
        finally
        {
            _index.Searchers.Release(searcher);
        }
    }

    /// <summary>
    /// An entity's overview: the articles with that facet value (newest first), its timeline, and the values
    /// that co-occur with it most. The entity is the base query here, not a filter, so counts in its own
    /// dimension are co-occurrence counts rather than drill-sideways ones.
    /// </summary>
    public SearchResponse EntityOverview(string dimension, string value, int latest = 10, int facetSize = 15)
    {
        var searcher = _index.Searchers.Acquire();
        try
        {
            var query = new TermQuery(new Lucene.Net.Index.Term(dimension, value));
            var result = _facets.Search(searcher, new FacetSearchRequest
            {
                Query = query,
                Dimensions = Fields.FacetDimensions,
                TopValues = facetSize + 1,
                Hits = latest,
                Sort = NewestFirst,
                DateHistogram = true,
            });
            var hits = result.TopDocs.ScoreDocs.Select(d => ToHit(searcher.Doc(d.Doc), query, 0)).ToList();
            var facets = result.Facets.ToDictionary(
                f => f.Key,
                f => (IReadOnlyList<FacetValue>)f.Value.Where(v => !(f.Key == dimension && v.Value == value)).Take(facetSize).ToList());
            return new SearchResponse(result.TotalHits, 1, latest, string.Empty, [], hits, facets, result.Dates ?? DateHistogram.Empty);
        }
        finally
        {
            _index.Searchers.Release(searcher);
        }
    }

    public static FacetFilters Filters(SearchRequest request) => new()
    {
        Include = request.Filters,
        Exclude = request.Exclusions,
        From = request.From,
        To = request.To,
    };

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
}
