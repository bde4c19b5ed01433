using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace SearchApp.Core.Analysis;

/// <summary>
/// SearchApp's Arabic analysis chain (docs/decisions/0003-arabic-analysis-chain.md):
/// StandardTokenizer (UAX#29) -> <see cref="ArabicFoldingFilter"/> -> StopFilter (Data/stopwords.txt)
/// -> <see cref="ArabicStemFilter"/> (ى folding, then the <see cref="ArabicStemMode"/>).
/// Thread-safe and reusable like any Lucene Analyzer (components are cached per thread).
/// </summary>
public sealed class ArabicChainAnalyzer : Analyzer
{
    private readonly CharArraySet _stopWords;
    private readonly ArabicLightStemmer _stemmer;

    public ArabicChainAnalyzer(ArabicStemMode mode, ArabicLexicon lexicon, CharArraySet stopWords)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(stopWords);
        Mode = mode;
        _stemmer = new ArabicLightStemmer(lexicon);
        _stopWords = stopWords;
    }

    public ArabicStemMode Mode { get; }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(ArabicAnalysis.Version, reader);
        TokenStream sink = new ArabicFoldingFilter(source);
        sink = new StopFilter(ArabicAnalysis.Version, sink, _stopWords);
        sink = new ArabicStemFilter(sink, _stemmer, Mode);
        return new TokenStreamComponents(source, sink);
    }
}
