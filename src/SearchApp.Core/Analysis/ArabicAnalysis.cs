using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;
using SearchApp.Core.Indexing;

namespace SearchApp.Core.Analysis;

/// <summary>
/// The one place that builds analyzers for the product index (docs/decisions/0003-arabic-analysis-chain.md).
/// Index and query time use the same per-field analyzers; variants are added at query time only
/// (<see cref="Variants"/>). Every Create* method returns a new analyzer the caller owns and disposes.
/// </summary>
public static class ArabicAnalysis
{
    /// <summary>Bump when any analysis behaviour or data file changes: it feeds the index version
    /// marker so existing indexes are rebuilt.</summary>
    public const string ChainVersion = "ar-chain-1";

    public static LuceneVersion Version => LuceneVersion.LUCENE_48;

    /// <summary>Our stop words (Data/stopwords.txt), in folded form with ى distinct from ي.</summary>
    public static CharArraySet StopWords => Holder.StopWords;

    /// <summary>The shipped protected-words lexicon (names and roots).</summary>
    public static ArabicLexicon Lexicon => ArabicLexicon.Default;

    /// <summary>The shipped spelling-variant map (Data/variants.tsv), for query-time expansion.</summary>
    public static VariantExpander Variants => Holder.Variants;

    /// <summary>Light-stemmed chain: fields title, body, note.</summary>
    public static Analyzer CreateStemmedAnalyzer() => new ArabicChainAnalyzer(ArabicStemMode.Light, Lexicon, StopWords);

    /// <summary>Exact-normalised chain (proclitics removed, no suffix stemming): title.exact, body.exact.</summary>
    public static Analyzer CreateExactAnalyzer() => new ArabicChainAnalyzer(ArabicStemMode.Proclitics, Lexicon, StopWords);

    /// <summary>Normalised surface tokens without stop words and without stemming: what the query
    /// builder hands to <see cref="VariantExpander.Expand"/> before analysing each form per field.</summary>
    public static Analyzer CreateSurfaceAnalyzer() => new ArabicChainAnalyzer(ArabicStemMode.None, Lexicon, StopWords);

    /// <summary>
    /// The index-time analyzer for <see cref="Fields"/>: stemmed for title/body/note, exact for
    /// title.exact/body.exact. Untokenised fields (StringField) never reach an analyzer.
    /// </summary>
    public static Analyzer CreateIndexAnalyzer()
    {
        var stemmed = CreateStemmedAnalyzer();
        var exact = CreateExactAnalyzer();
        return new PerFieldAnalyzerWrapper(stemmed, new Dictionary<string, Analyzer>
        {
            [Fields.Title] = stemmed,
            [Fields.Body] = stemmed,
            [Fields.Note] = stemmed,
            [Fields.TitleExact] = exact,
            [Fields.BodyExact] = exact,
        });
    }

    /// <summary>The query-time analyzer: the same per-field chains as at index time (a term must be
    /// analysed exactly as it was indexed). Hand it to the QueryParser.</summary>
    public static Analyzer CreateQueryAnalyzer() => CreateIndexAnalyzer();

    /// <summary>Query-time analyzer for one field.</summary>
    public static Analyzer CreateQueryAnalyzer(string field) =>
        field is Fields.TitleExact or Fields.BodyExact ? CreateExactAnalyzer() : CreateStemmedAnalyzer();

    /// <summary>The baseline for the relevance evaluation: Lucene's stock ArabicAnalyzer as
    /// Elasticsearch "arabic" and Solr "text_ar" use it (StandardTokenizer, LowerCase, its stop words,
    /// ArabicNormalizationFilter, ArabicStemFilter).</summary>
    public static Analyzer CreateBaselineAnalyzer() => new ArabicAnalyzer(Version);

    /// <summary>The baseline for every text field (there is no exact field in the baseline setup:
    /// title.exact/body.exact get the same stock analyzer).</summary>
    public static Analyzer CreateBaselineIndexAnalyzer() => CreateBaselineAnalyzer();

    /// <summary>
    /// Both representations of one text from a single pass of the shared front of the chain (tokenizer,
    /// folding, stop words): the stemmed stream (title/body/note) and the exact stream (title.exact/body.exact),
    /// token for token what <see cref="CreateStemmedAnalyzer"/> and <see cref="CreateExactAnalyzer"/> produce.
    /// Used at index time, where analysing twice cost half of the indexing throughput (docs/relevance.md).
    /// </summary>
    public static (TokenStream Stemmed, TokenStream Exact) AnalyzeOnce(string text)
    {
        var tokens = new List<RecordedToken>();
        using (var front = Holder.Front.GetTokenStream("front", text))
        {
            var term = front.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
            var offset = front.AddAttribute<Lucene.Net.Analysis.TokenAttributes.IOffsetAttribute>();
            var increment = front.AddAttribute<Lucene.Net.Analysis.TokenAttributes.IPositionIncrementAttribute>();
            front.Reset();
            while (front.IncrementToken())
            {
                tokens.Add(new RecordedToken(term.Buffer.AsSpan(0, term.Length).ToArray(), offset.StartOffset, offset.EndOffset, increment.PositionIncrement));
            }

            front.End();
        }

        return (
            new ArabicStemFilter(new ReplayTokenStream(tokens, text.Length), Holder.Stemmer, ArabicStemMode.Light),
            new ArabicStemFilter(new ReplayTokenStream(tokens, text.Length), Holder.Stemmer, ArabicStemMode.Proclitics));
    }

    /// <summary>
    /// The normalisation of the chain without tokenising, stop words or stemming: NFKC where needed,
    /// diacritics/tatweel/ZWNJ removed, alef/hamza/yaa/taa-marbuta unified, Persian letters mapped,
    /// digits to ASCII, Latin lowercased, whitespace collapsed. For facet value search and entity keys.
    /// </summary>
    public static string Normalize(string text) => ArabicFolding.NormalizeText(text);

    private static class Holder
    {
        internal static readonly CharArraySet StopWords = LoadStopWords();
        internal static readonly VariantExpander Variants = new(VariantMap.Default);
        internal static readonly ArabicLightStemmer Stemmer = new(ArabicLexicon.Default);

        // Shared and reused per thread by Lucene's reuse strategy, like any analyzer.
        internal static readonly Analyzer Front = new ArabicChainAnalyzer(ArabicStemMode.None, ArabicLexicon.Default, StopWords);

        private static CharArraySet LoadStopWords()
        {
            var set = new CharArraySet(Version, 256, ignoreCase: false);
            using var reader = EmbeddedData.Open("stopwords.txt");
            while (reader.ReadLine() is { } line)
            {
                var word = line.Trim();
                if (word.Length > 0 && word[0] != '#')
                {
                    set.Add(word);
                }
            }

            return set.AsReadOnly();
        }
    }
}
