using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Fields = SearchApp.Core.Indexing.Fields;

namespace SearchApp.Core.Analysis;

/// <summary>
/// A small query builder over the two representations, for tests and as a reference for the product
/// query parser: every word must match (AND), each word as a disjunction of its stemmed and exact terms
/// in title and body plus those of its spelling variants (<see cref="VariantExpander"/>); exact-field
/// terms are boosted so exact matches rank above stem-only matches. <see cref="BuildPhrase"/> matches a
/// quoted phrase on the exact fields only. Not thread-safe (holds analyzers); create one per use.
/// </summary>
public sealed class ArabicQueryBuilder : IDisposable
{
    public const float ExactBoost = 2f;

    private readonly Analyzer _surface = ArabicAnalysis.CreateSurfaceAnalyzer();
    private readonly Analyzer _stemmed = ArabicAnalysis.CreateStemmedAnalyzer();
    private readonly Analyzer _exact = ArabicAnalysis.CreateExactAnalyzer();
    private readonly VariantExpander _variants;

    public ArabicQueryBuilder(VariantExpander? variants = null) => _variants = variants ?? ArabicAnalysis.Variants;

    /// <summary>All words required; returns the query and the variant spellings that were added.</summary>
    public (Query Query, IReadOnlyList<string> VariantsUsed) Build(string text)
    {
        var query = new BooleanQuery();
        var used = new List<string>();
        foreach (var (word, _) in Analyze(_surface, text))
        {
            var variants = _variants.Expand(word);
            used.AddRange(variants);
            var clause = new BooleanQuery();
            foreach (var form in variants.Prepend(word))
            {
                AddTerms(clause, _stemmed, form, [Fields.Title, Fields.Body], 1f);
                AddTerms(clause, _exact, form, [Fields.TitleExact, Fields.BodyExact], ExactBoost);
            }

            query.Add(clause, Occur.MUST);
        }

        return (query, used);
    }

    /// <summary>A quoted phrase on title.exact or body.exact (stop-word gaps keep their positions).</summary>
    public Query BuildPhrase(string text)
    {
        var query = new BooleanQuery();
        foreach (var field in new[] { Fields.TitleExact, Fields.BodyExact })
        {
            var phrase = new PhraseQuery();
            foreach (var (term, position) in Analyze(_exact, text))
            {
                phrase.Add(new Term(field, term), position);
            }

            query.Add(phrase, Occur.SHOULD);
        }

        return query;
    }

    private static void AddTerms(BooleanQuery clause, Analyzer analyzer, string form, string[] fields, float boost)
    {
        foreach (var (term, _) in Analyze(analyzer, form))
        {
            foreach (var field in fields)
            {
                clause.Add(new TermQuery(new Term(field, term)) { Boost = boost }, Occur.SHOULD);
            }
        }
    }

    private static List<(string Term, int Position)> Analyze(Analyzer analyzer, string text)
    {
        var result = new List<(string, int)>();
        using var stream = analyzer.GetTokenStream("body", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            result.Add((term.ToString(), position));
        }

        stream.End();
        return result;
    }

    public void Dispose()
    {
        _surface.Dispose();
        _stemmed.Dispose();
        _exact.Dispose();
    }
}
