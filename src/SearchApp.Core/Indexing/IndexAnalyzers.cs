using Lucene.Net.Analysis;
using Lucene.Net.Util;
using SearchApp.Core.Analysis;

namespace SearchApp.Core.Indexing;

/// <summary>
/// The analyzer the product index is written and queried with: our Arabic chain per field
/// (stemmed title/body/note, exact title.exact/body.exact; see <see cref="ArabicAnalysis"/> and ADR 0003).
/// </summary>
public static class IndexAnalyzers
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public static Analyzer Create() => ArabicAnalysis.CreateIndexAnalyzer();
}
