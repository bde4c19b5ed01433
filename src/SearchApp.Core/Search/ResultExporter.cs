using Lucene.Net.Index;
using Lucene.Net.Search;
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
    private static readonly Sort NewestFirst = new(new SortField(Fields.Published, SortFieldType.INT32, reverse: true), SortField.FIELD_DOC);
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
                ? searcher.Search(query, null, MaxRows, NewestFirst, doDocScores: false, doMaxScore: false)
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

    /// <summary>The query with the request's filters as non-scoring clauses.</summary>
    public static Query Filtered(Query query, SearchRequest request)
    {
        var all = new BooleanQuery { { query, Occur.MUST } };
        foreach (var (dim, values) in request.Filters.Where(f => f.Value.Count > 0))
        {
            var any = new BooleanQuery();
            foreach (var value in values)
            {
                any.Add(new TermQuery(new Term(dim, value.Trim())), Occur.SHOULD);
            }

            all.Add(new ConstantScoreQuery(any) { Boost = 0 }, Occur.MUST);
        }

        foreach (var (dim, values) in request.Exclusions)
        {
            foreach (var value in values)
            {
                all.Add(new TermQuery(new Term(dim, value.Trim())), Occur.MUST_NOT);
            }
        }

        if (request.From is not null || request.To is not null)
        {
            int? from = request.From is { } f ? Facets.FacetFields.ToYyyymmdd(f) : null;
            int? to = request.To is { } t ? Facets.FacetFields.ToYyyymmdd(t) : null;
            all.Add(new ConstantScoreQuery(NumericRangeQuery.NewInt32Range(Fields.Published, from, to, true, true)) { Boost = 0 }, Occur.MUST);
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
