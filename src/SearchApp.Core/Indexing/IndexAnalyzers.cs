using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace SearchApp.Core.Indexing;

/// <summary>
/// The one place that decides how each field is analysed (index and query time use the same wrapper).
/// Stemmed fields use Lucene's stock ArabicAnalyzer for now; exact fields normalise without stemming.
/// </summary>
public static class IndexAnalyzers
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public static Analyzer Create()
    {
        var stemmed = new ArabicAnalyzer(Version);
        var exact = new ExactAnalyzer();
        return new PerFieldAnalyzerWrapper(stemmed, new Dictionary<string, Analyzer>
        {
            [Fields.TitleExact] = exact,
            [Fields.BodyExact] = exact,
        });
    }

    private sealed class ExactAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new StandardTokenizer(Version, reader);
            TokenStream sink = new LowerCaseFilter(Version, source);
            sink = new ArabicNormalizationFilter(sink);
            return new TokenStreamComponents(source, sink);
        }
    }
}
