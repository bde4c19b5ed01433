using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchApp.Core.Facets;
using SearchApp.Core.Indexing;
using Fields = SearchApp.Core.Indexing.Fields;

namespace SearchApp.Core.Search;

/// <summary>
/// Every hit of a search (not just a page), in result order, with its facet values read from doc values,
/// produced lazily so the caller can stream them out (CSV export). The filters mean exactly what they mean
/// in search: OR within a dimension, AND across, exclusions removed, inclusive date range.
/// </summary>
public sealed class ResultExporter
{
    public const int MaxRows = 1_000_000;
    private readonly ArticleIndex _index;
    private readonly QueryInterpreter _interpreter;

    public ResultExporter(ArticleIndex index)
    {
        _index = index;
        _interpreter = new QueryInterpreter(index.Analyzer);
    }

    public IEnumerable<ExportRow> Export(SearchRequest request)
    {
        request.Validate();
        var interpreted = _interpreter.Interpret(request.Query);
        if (interpreted.Query is null)
        {
            yield break;
        }

        var searcher = _index.Searchers.Acquire();
        try
        {
            var query = Filtered(interpreted.Query, request);
            var top = interpreted.MatchesAll
                ? searcher.Search(query, null, MaxRows, ArticleSearcher.NewestFirst, doDocScores: false, doMaxScore: false)
                : searcher.Search(query, MaxRows);
            var leaves = searcher.IndexReader.Leaves;
            foreach (var hit in top.ScoreDocs)
            {
                var doc = searcher.Doc(hit.Doc);
                var leaf = leaves[ReaderUtil.SubIndex(hit.Doc, leaves)];
                var facets = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
                foreach (var dim in Fields.FacetDimensions)
                {
                    facets[dim] = Values(leaf.AtomicReader, dim, hit.Doc - leaf.DocBase);
                }

                yield return new ExportRow(
                    doc.Get(Fields.Id), doc.Get(Fields.Title) ?? string.Empty, doc.Get(Fields.Source) ?? string.Empty,
                    ArticleDocumentBuilder.FromDateKey(doc.GetField(Fields.Published)?.GetInt32Value()), doc.Get(Fields.Url),
                    float.IsNaN(hit.Score) ? 0 : hit.Score, facets);
            }
        }
        finally
        {
            _index.Searchers.Release(searcher);
        }
    }

    /// <summary>
    /// The query with the request's filters: exclusions and dates exactly as the facet engine applies them
    /// (<see cref="FacetPass.BuildQuery"/>), the selected values as non-scoring clauses, so the rows come in
    /// the order the search page lists them.
    /// </summary>
    public static Query Filtered(Query query, SearchRequest request)
    {
        var filters = ArticleSearcher.Filters(request);
        var basis = FacetPass.BuildQuery(query, filters);
        var includes = filters.Include.Where(f => f.Value.Count > 0).ToList();
        if (includes.Count == 0)
        {
            return basis;
        }

        var all = new BooleanQuery(disableCoord: true) { { basis, Occur.MUST } };
        foreach (var (dim, values) in includes)
        {
            var any = new BooleanQuery();
            foreach (var value in FacetPass.Trimmed(values))
            {
                any.Add(new TermQuery(new Term(dim, value)), Occur.SHOULD);
            }

            all.Add(new ConstantScoreQuery(any) { Boost = 0 }, Occur.MUST);
        }

        return all;
    }

    private static List<string> Values(AtomicReader reader, string dim, int doc)
    {
        var values = new List<string>();
        var set = reader.GetSortedSetDocValues(dim);
        if (set is null)
        {
            return values;
        }

        set.SetDocument(doc);
        var term = new Lucene.Net.Util.BytesRef();
        for (var ord = set.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = set.NextOrd())
        {
            set.LookupOrd(ord, term);
            values.Add(term.Utf8ToString());
        }

        return values;
    }
}
