using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using SearchApp.Core.Analysis;
using SearchApp.Core.Indexing;
using Fields = SearchApp.Core.Indexing.Fields;

namespace SearchApp.Core.Search;

/// <summary>
/// The classic multi-field parser adapted to the two representations (ADR 0003):
/// <list type="bullet">
/// <item>a plain word matches its stemmed form (title, body, notes) or its exact form (title.exact,
/// body.exact, boosted), so exact matches rank above stem-only ones, and the spelling variants of
/// <see cref="ArabicAnalysis.Variants"/> are added as synonyms (reported in <see cref="VariantsUsed"/>);</item>
/// <item>a quoted phrase matches the exact fields only (and notes), so "علي" does not find عليه;</item>
/// <item>prefix, wildcard and fuzzy terms go to the exact fields, normalised by their analyzer (the classic
/// parser does not analyse them, and a prefix of a stem is not what the user typed a prefix of).</item>
/// </list>
/// Not thread-safe: create one per query.
/// </summary>
public sealed class ArticleQueryParser : MultiFieldQueryParser
{
    private readonly Analyzer _analyzer;
    // One for the process (analyzers are thread-safe and reuse their components per thread); a parser is
    // made per query and used to build, and never dispose, its own.
    private static readonly Analyzer SurfaceAnalyzer = ArabicAnalysis.CreateSurfaceAnalyzer();
    private readonly List<string> _variants = [];

    public ArticleQueryParser(string[] fields, Analyzer analyzer, IDictionary<string, float> boosts)
        : base(IndexAnalyzers.Version, fields, analyzer, boosts)
    {
        _analyzer = analyzer;
    }

    public IReadOnlyList<string> VariantsUsed => _variants.Distinct(StringComparer.Ordinal).ToList();

    // MultiFieldQueryParser expands a field-less word by calling its *base* per field, which would skip
    // the rules below; so the expansion over fields is done here.
    protected override Query GetFieldQuery(string field, string queryText, bool quoted) =>
        field is null ? AllFields(queryText, quoted, 0) : OneField(field, queryText, quoted)!;

    protected override Query GetFieldQuery(string field, string queryText, int slop) =>
        field is null ? AllFields(queryText, true, slop) : WithSlop(OneField(field, queryText, true), slop)!;

    private Query AllFields(string text, bool quoted, int slop)
    {
        var any = new BooleanQuery(disableCoord: true);
        foreach (var field in m_fields)
        {
            if (WithSlop(OneField(field, text, quoted), slop) is { } q)
            {
                if (m_boosts is not null && m_boosts.TryGetValue(field, out var boost))
                {
                    q.Boost = boost;
                }

                any.Add(q, Occur.SHOULD);
            }
        }

        return any.Clauses.Count == 0 ? null! : any;
    }

    private static Query? WithSlop(Query? q, int slop)
    {
        switch (q)
        {
            case PhraseQuery p:
                p.Slop = slop;
                break;
            case MultiPhraseQuery m:
                m.Slop = slop;
                break;
        }

        return q;
    }

    private Query? OneField(string field, string queryText, bool quoted)
    {
        if (quoted && field is Fields.Title or Fields.Body)
        {
            return null;
        }

        var query = base.GetFieldQuery(field, queryText, quoted);
        if (quoted || field == Fields.Note || Surface(queryText) is not { } surface)
        {
            return query;
        }

        var variants = ArabicAnalysis.Variants.Expand(surface);
        if (variants.Count == 0)
        {
            return query;
        }

        var any = new BooleanQuery(disableCoord: true);
        if (query is not null)
        {
            any.Add(query, Occur.SHOULD);
        }

        foreach (var variant in variants)
        {
            if (base.GetFieldQuery(field, variant, false) is { } alternative)
            {
                any.Add(alternative, Occur.SHOULD);
                _variants.Add(variant);
            }
        }

        return any.Clauses.Count == 0 ? null : any;
    }

    protected override Query GetPrefixQuery(string field, string termStr) =>
        field is null ? base.GetPrefixQuery(field!, termStr) : base.GetPrefixQuery(ExactField(field), Normalize(field, termStr));

    protected override Query GetWildcardQuery(string field, string termStr) =>
        field is null ? base.GetWildcardQuery(field!, termStr) : base.GetWildcardQuery(ExactField(field), ArabicAnalysis.Normalize(termStr));

    protected override Query GetFuzzyQuery(string field, string termStr, float minSimilarity) =>
        field is null ? base.GetFuzzyQuery(field!, termStr, minSimilarity) : base.GetFuzzyQuery(ExactField(field), Normalize(field, termStr), minSimilarity);

    private static string ExactField(string field) => field switch
    {
        Fields.Title => Fields.TitleExact,
        Fields.Body => Fields.BodyExact,
        _ => field,
    };

    /// <summary>The one normalised surface token of a word, or null when it is several tokens or a stop word.</summary>
    private string? Surface(string text)
    {
        var tokens = Tokens(SurfaceAnalyzer, Fields.Body, text);
        return tokens.Count == 1 ? tokens[0] : null;
    }

    /// <summary>The term as the exact field's analyzer writes it, when that is a single token.</summary>
    private string Normalize(string field, string term)
    {
        var tokens = Tokens(_analyzer, ExactField(field), term);
        return tokens.Count == 1 ? tokens[0] : ArabicAnalysis.Normalize(term);
    }

    private static List<string> Tokens(Analyzer analyzer, string field, string text)
    {
        var result = new List<string>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            result.Add(term.ToString());
        }

        stream.End();
        return result;
    }
}
