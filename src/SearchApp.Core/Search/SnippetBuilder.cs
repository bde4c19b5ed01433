using Lucene.Net.Analysis;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace SearchApp.Core.Search;

/// <summary>
/// Builds the HTML snippet of a hit: the best fragment of the body with query matches in &lt;mark&gt;,
/// everything else HTML-escaped. Falls back to the start of the text when nothing matches (e.g. a hit
/// found only through the title, or the all-articles listing).
/// </summary>
public sealed class SnippetBuilder
{
    public const int FragmentSize = 220;
    private readonly Analyzer _analyzer;

    public SnippetBuilder(Analyzer analyzer) => _analyzer = analyzer;

    public string Build(Query? query, string field, string text)
    {
        if (query is not null and not MatchAllDocsQuery)
        {
            var scorer = new QueryScorer(query);
            var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), HtmlTextEncoder.Instance, scorer)
            {
                TextFragmenter = new SimpleSpanFragmenter(scorer, FragmentSize),
            };
            using var tokens = _analyzer.GetTokenStream(field, text);
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
