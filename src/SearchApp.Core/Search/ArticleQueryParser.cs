using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using SearchApp.Core.Indexing;
using Fields = SearchApp.Core.Indexing.Fields;

namespace SearchApp.Core.Search;

/// <summary>
/// The classic multi-field parser, except that prefix, wildcard and fuzzy terms go to the exact
/// (normalised, unstemmed) fields, normalised by those fields' analyzer. The classic parser does not
/// analyse such terms at all, so "المتجدد*" would look for the raw prefix among stems ("متجدد") and find
/// nothing; a prefix of a stem is also not what the user typed a prefix of.
/// </summary>
public sealed class ArticleQueryParser : MultiFieldQueryParser
{
    private readonly Analyzer _analyzer;

    public ArticleQueryParser(string[] fields, Analyzer analyzer, IDictionary<string, float> boosts)
        : base(IndexAnalyzers.Version, fields, analyzer, boosts)
    {
        _analyzer = analyzer;
    }

    protected override Query GetPrefixQuery(string field, string termStr) =>
        field is null ? base.GetPrefixQuery(field!, termStr) : base.GetPrefixQuery(ExactField(field), Normalize(field, termStr));

    protected override Query GetWildcardQuery(string field, string termStr) =>
        field is null ? base.GetWildcardQuery(field!, termStr) : base.GetWildcardQuery(ExactField(field), termStr.ToLowerInvariant());

    protected override Query GetFuzzyQuery(string field, string termStr, float minSimilarity) =>
        field is null ? base.GetFuzzyQuery(field!, termStr, minSimilarity) : base.GetFuzzyQuery(ExactField(field), Normalize(field, termStr), minSimilarity);

    private static string ExactField(string field) => field switch
    {
        Fields.Title => Fields.TitleExact,
        Fields.Body => Fields.BodyExact,
        _ => field,
    };

    /// <summary>The term as the exact field's analyzer writes it, when that is a single token.</summary>
    private string Normalize(string field, string term)
    {
        using var stream = _analyzer.GetTokenStream(ExactField(field), term);
        var text = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        string? single = null;
        var count = 0;
        while (stream.IncrementToken())
        {
            single = text.ToString();
            count++;
        }

        stream.End();
        return count == 1 ? single! : term.ToLowerInvariant();
    }
}
