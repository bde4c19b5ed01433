using Lucene.Net.Index;
using Lucene.Net.Search;
using Fields = SearchApp.Core.Indexing.Fields;

namespace SearchApp.Core.Search;

/// <summary>
/// Moves the text clauses of a query onto the single field the highlighter reads (<see cref="DualTokenStream"/>):
/// terms, phrases and prefixes of title, body and their exact twins keep their text and positions; clauses on
/// other fields (notes, filters) are dropped because they say nothing about the body's words.
/// </summary>
public static class HighlightQueryRewriter
{
    public const string Field = "highlight";

    public static Query? Rewrite(Query query) => query switch
    {
        TermQuery t when IsText(t.Term.Field) => new TermQuery(new Term(Field, t.Term.Text)) { Boost = t.Boost },
        PhraseQuery p when p.GetTerms().Length > 0 && IsText(p.GetTerms()[0].Field) => Phrase(p),
        PrefixQuery p when IsText(p.Prefix.Field) => new PrefixQuery(new Term(Field, p.Prefix.Text)),
        WildcardQuery w when IsText(w.Term.Field) => new WildcardQuery(new Term(Field, w.Term.Text)),
        FuzzyQuery f when IsText(f.Term.Field) => new FuzzyQuery(new Term(Field, f.Term.Text), f.MaxEdits, f.PrefixLength),
        BooleanQuery b => Boolean(b),
        _ => null,
    };

    private static bool IsText(string field) => field is Fields.Title or Fields.Body or Fields.TitleExact or Fields.BodyExact;

    private static PhraseQuery Phrase(PhraseQuery p)
    {
        var phrase = new PhraseQuery { Slop = p.Slop, Boost = p.Boost };
        var terms = p.GetTerms();
        var positions = p.GetPositions();
        for (var i = 0; i < terms.Length; i++)
        {
            phrase.Add(new Term(Field, terms[i].Text), positions[i]);
        }

        return phrase;
    }

    private static BooleanQuery? Boolean(BooleanQuery b)
    {
        var result = new BooleanQuery();
        foreach (var clause in b.Clauses)
        {
            if (clause.Occur != Occur.MUST_NOT && Rewrite(clause.Query) is { } rewritten)
            {
                result.Add(rewritten, Occur.SHOULD);
            }
        }

        return result.Clauses.Count == 0 ? null : result;
    }
}
