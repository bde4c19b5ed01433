using Lucene.Net.Analysis;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using SearchApp.Core.Analysis;
using Fields = SearchApp.Core.Indexing.Fields;

namespace SearchApp.Core.Search;

/// <summary>
/// Builds the HTML snippet of a hit: the best fragment of the body with query matches in &lt;mark&gt;,
/// everything else HTML-escaped. Stemmed and exact matches are both marked (<see cref="DualTokenStream"/>).
/// Falls back to the start of the text when nothing matches (a title-only hit, the all-articles list).
/// </summary>
public sealed class SnippetBuilder
{
    public const int FragmentSize = 220;
    private readonly Analyzer _stemmed = ArabicAnalysis.CreateStemmedAnalyzer();
    private readonly Analyzer _exact = ArabicAnalysis.CreateExactAnalyzer();

    public string Build(Query? query, string text)
    {
        if (query is not null and not MatchAllDocsQuery && HighlightQueryRewriter.Rewrite(query) is { } rewritten)
        {
            var scorer = new QueryScorer(rewritten, HighlightQueryRewriter.Field);
            var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), HtmlTextEncoder.Instance, scorer)
            {
                TextFragmenter = new SimpleSpanFragmenter(scorer, FragmentSize),
            };
            using var tokens = new DualTokenStream(_stemmed, _exact, Fields.Body, Fields.BodyExact, text);
            var best = highlighter.GetBestFragment(tokens, text);
            if (!string.IsNullOrEmpty(best))
            {
                return best.Trim();
            }
        }

        return Lead(text);
    }

    /// <summary>The first ~<see cref="FragmentSize"/> characters, cut at a word boundary, escaped.</summary>
    public static string Lead(string text)
    {
        if (text.Length <= FragmentSize)
        {
            return HtmlTextEncoder.Encode(text);
        }

        var cut = text.LastIndexOf(' ', FragmentSize);
        return HtmlTextEncoder.Encode(text[..(cut > FragmentSize / 2 ? cut : FragmentSize)]) + " …";
    }
}
