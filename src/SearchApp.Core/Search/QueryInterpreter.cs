using Lucene.Net.Analysis;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using SearchApp.Core.Indexing;
using Fields = SearchApp.Core.Indexing.Fields;

namespace SearchApp.Core.Search;

/// <summary>
/// Turns search-box text into a Lucene query: repaired by <see cref="QueryRepair"/>, then parsed by the
/// classic QueryParser over title (boosted), body and annotation notes with default operator AND. Never throws for user text.
/// </summary>
public sealed class QueryInterpreter
{
    public const float TitleBoost = 2f;

    /// <summary>Notes that say nothing could be searched (as opposed to repairs).</summary>
    public const string StopWordsOnlyNote = "every word in the query is too common to search (a stop word)";
    public const string NothingSearchableNote = "the query has no searchable words";

    /// <summary>An exact-form match counts this much more than a stem-only one (ADR 0003).</summary>
    public const float ExactBoost = 2f;

    /// <summary>Users' notes count, but less than the article's own words.</summary>
    public const float NoteBoost = 0.5f;

    private static readonly HashSet<string> KnownFields = new(StringComparer.Ordinal) { Fields.Title, Fields.Body, Fields.Note };
    private readonly Analyzer _analyzer;

    public QueryInterpreter(Analyzer analyzer) => _analyzer = analyzer;

    public InterpretedQuery Interpret(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new InterpretedQuery(new MatchAllDocsQuery(), string.Empty, []);
        }

        var (repaired, notes) = QueryRepair.Repair(text.Trim(), KnownFields);
        var noteList = notes.ToList();
        if (repaired.Length == 0)
        {
            noteList.Add(NothingSearchableNote);
            return new InterpretedQuery(null, repaired, noteList);
        }

        Query? query;
        var parser = CreateParser();
        try
        {
            query = parser.Parse(repaired);
        }
        catch (ParseException)
        {
            // The repair should make this unreachable; if it is reached, search the words as plain text.
            repaired = string.Join(' ', repaired.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(QueryParserBase.Escape));
            noteList.Add("read the query as plain words");
            parser = CreateParser();
            query = TryParse(parser, repaired);
        }

        query = WithPositiveClause(query);
        if (query is null)
        {
            noteList.Add(StopWordsOnlyNote);
        }

        return new InterpretedQuery(query, repaired, noteList) { Variants = parser.VariantsUsed };
    }

    private static Query? TryParse(ArticleQueryParser parser, string text)
    {
        try
        {
            return parser.Parse(text);
        }
        catch (ParseException)
        {
            return null;
        }
    }

    private ArticleQueryParser CreateParser() =>
        new(
            [Fields.Title, Fields.Body, Fields.Note, Fields.TitleExact, Fields.BodyExact],
            _analyzer,
            new Dictionary<string, float>
            {
                [Fields.Title] = TitleBoost,
                [Fields.Body] = 1f,
                [Fields.Note] = NoteBoost,
                [Fields.TitleExact] = TitleBoost * ExactBoost,
                [Fields.BodyExact] = ExactBoost,
            })
        {
            DefaultOperator = Operator.AND,
            AllowLeadingWildcard = false,
            AutoGeneratePhraseQueries = false,
        };

    /// <summary>
    /// Lucene matches nothing for a query made only of exclusions ("NOT x"); a user means "everything but x".
    /// An empty boolean query (all stop words) becomes null.
    /// </summary>
    private static Query? WithPositiveClause(Query? query)
    {
        if (query is not BooleanQuery boolean)
        {
            return query;
        }

        if (boolean.Clauses.Count == 0)
        {
            return null;
        }

        if (boolean.Clauses.All(c => c.Occur == Occur.MUST_NOT))
        {
            boolean.Add(new MatchAllDocsQuery(), Occur.MUST);
        }

        return boolean;
    }
}
