using Lucene.Net.Search.Highlight;

namespace SearchApp.Core.Search;

/// <summary>
/// Highlighter encoder that escapes only what HTML needs (&amp; &lt; &gt; &quot; &#39;) and leaves Arabic as
/// characters. Lucene's SimpleHTMLEncoder turns every non-ASCII character into a numeric entity, and the
/// default encoder escapes nothing at all (an XSS hole with corpus-supplied text).
/// </summary>
public sealed class HtmlTextEncoder : IEncoder
{
    public static HtmlTextEncoder Instance { get; } = new();

    public string EncodeText(string originalText) => Encode(originalText);

    public static string Encode(string text) => EscapeMinimal(text);

    private static string EscapeMinimal(string text)
    {
        var sb = new System.Text.StringBuilder(text.Length + 16);
        foreach (var ch in text)
        {
            sb.Append(ch switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => ch.ToString(),
            });
        }

        return sb.ToString();
    }
}
