using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using SearchApp.Core.Analysis;
using SearchApp.Core.Articles;
using Directory = Lucene.Net.Store.Directory;

namespace SearchApp.Core.Evaluation;

/// <summary>
/// What a user of a stock search engine gets: one Lucene index with one analyzer on title and body,
/// the classic MultiFieldQueryParser over title^2 and body with default operator AND, BM25 — the way
/// Elasticsearch's <c>arabic</c> analyzer is usually set up. With the stock ArabicAnalyzer this is the
/// baseline; with our stemmed chain it isolates the analyzer from the product's exact fields and variants.
/// </summary>
public sealed class PlainLuceneSystem : IRankingSystem
{
    public const string IdField = "id";
    public const string TitleField = "title";
    public const string BodyField = "body";

    private readonly Directory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly Func<Analyzer> _analyzer;

    private PlainLuceneSystem(string name, Directory directory, Func<Analyzer> analyzer)
    {
        Name = name;
        _directory = directory;
        _analyzer = analyzer;
        _reader = DirectoryReader.Open(directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
    }

    public string Name { get; }

    public static PlainLuceneSystem Baseline(string indexPath, Func<IReadOnlyList<Article>> corpus) =>
        Open("baseline", indexPath, ArabicAnalysis.CreateBaselineAnalyzer, corpus);

    public static PlainLuceneSystem ChainOnly(string indexPath, Func<IReadOnlyList<Article>> corpus) =>
        Open("chain-only", indexPath, ArabicAnalysis.CreateStemmedAnalyzer, corpus);

    /// <summary>Opens the index at <paramref name="indexPath"/>, building it first when it is missing or
    /// does not hold the whole corpus.</summary>
    public static PlainLuceneSystem Open(string name, string indexPath, Func<Analyzer> analyzer, Func<IReadOnlyList<Article>> corpus)
    {
        var directory = FSDirectory.Open(indexPath);
        var count = DirectoryReader.IndexExists(directory) ? CountDocs(directory) : -1;
        var articles = corpus();
        if (count != articles.Count)
        {
            Build(directory, analyzer, articles);
        }

        return new PlainLuceneSystem(name, directory, analyzer);
    }

    /// <summary>Writes a fresh index of the articles (the same writer settings as the product index).</summary>
    public static void Build(Directory directory, Func<Analyzer> analyzer, IReadOnlyList<Article> articles)
    {
        using var a = analyzer();
        var config = new IndexWriterConfig(ArabicAnalysis.Version, a)
        {
            OpenMode = OpenMode.CREATE,
            Similarity = new BM25Similarity(),
            RAMBufferSizeMB = 64,
        };
        using var writer = new IndexWriter(directory, config);
        foreach (var article in articles)
        {
            writer.AddDocument(new Document
            {
                new StringField(IdField, article.Id, Field.Store.YES),
                new TextField(TitleField, article.Title, Field.Store.YES),
                new TextField(BodyField, article.Body, Field.Store.YES),
            });
        }

        writer.Commit();
    }

    public IReadOnlyList<string> Search(string query, int k)
    {
        if (Parse(query) is not { } parsed)
        {
            return [];
        }

        var top = _searcher.Search(parsed, k);
        return top.ScoreDocs.Select(d => _searcher.Doc(d.Doc).Get(IdField)).ToList();
    }

    /// <summary>Parses as typed; on a syntax error, as escaped plain words (what a lenient front end would do).</summary>
    public Query? Parse(string query)
    {
        using var analyzer = _analyzer();
        var parser = new MultiFieldQueryParser(ArabicAnalysis.Version, [TitleField, BodyField], analyzer,
            new Dictionary<string, float> { [TitleField] = 2f, [BodyField] = 1f })
        {
            DefaultOperator = Operator.AND,
        };
        Query q;
        try
        {
            q = parser.Parse(query);
        }
        catch (ParseException)
        {
            q = parser.Parse(QueryParserBase.Escape(query));
        }

        return q is BooleanQuery { Clauses.Count: 0 } ? null : q;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }

    private static int CountDocs(Directory directory)
    {
        using var reader = DirectoryReader.Open(directory);
        return reader.NumDocs;
    }
}
