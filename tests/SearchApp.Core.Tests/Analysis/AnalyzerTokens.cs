using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using SearchApp.Core.Analysis;

namespace SearchApp.Core.Tests.Analysis;

/// <summary>Runs text through an analyzer and returns its terms, for the [Theory] tables.</summary>
internal static class AnalyzerTokens
{
    public static string[] Of(Analyzer analyzer, string text) => OfField(analyzer, "body", text);

    public static string[] OfField(Analyzer analyzer, string field, string text)
    {
        var tokens = new List<string>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add(term.ToString());
        }

        stream.End();
        return [.. tokens];
    }

    public static string Joined(Analyzer analyzer, string text) => string.Join(" ", Of(analyzer, text));

    public static string Stemmed(string text)
    {
        using var analyzer = ArabicAnalysis.CreateStemmedAnalyzer();
        return Joined(analyzer, text);
    }

    public static string Exact(string text)
    {
        using var analyzer = ArabicAnalysis.CreateExactAnalyzer();
        return Joined(analyzer, text);
    }

    public static string Stock(string text)
    {
        using var analyzer = ArabicAnalysis.CreateBaselineAnalyzer();
        return Joined(analyzer, text);
    }
}
