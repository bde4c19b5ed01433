using System.Text;
using Microsoft.AspNetCore.Html;
using SearchApp.Core.Entities;
using SearchApp.Core.Search;

namespace SearchApp.Web.Rendering;

/// <summary>
/// Splits a paragraph into plain and entity-marked runs. Marks are whole mentions as the extractor found
/// them (their edges fall between tokens, so a mark never splits a word's letters); where mentions
/// overlap (two user labels, say) the earlier, then longer, one is drawn.
/// </summary>
public static class EntityMarkup
{
    public static IReadOnlyList<ParagraphSegment> Segments(string text, int paragraphStart, IReadOnlyList<EntityMention> mentions)
    {
        var end = paragraphStart + text.Length;
        var inside = mentions
            .Where(m => m.Start >= paragraphStart && m.End <= end && m.End > m.Start)
            .OrderBy(m => m.Start).ThenByDescending(m => m.End);
        var segments = new List<ParagraphSegment>();
        var at = 0;
        foreach (var m in inside)
        {
            var from = m.Start - paragraphStart;
            if (from < at)
            {
                continue;
            }

            if (from > at)
            {
                segments.Add(new ParagraphSegment(text[at..from], null));
            }

            segments.Add(new ParagraphSegment(text[from..(m.End - paragraphStart)], m));
            at = m.End - paragraphStart;
        }

        if (at < text.Length || segments.Count == 0)
        {
            segments.Add(new ParagraphSegment(text[at..], null));
        }

        return segments;
    }

    /// <summary>
    /// The paragraph as HTML: text escaped, mentions in &lt;mark&gt;. Built as one string (not Razor markup)
    /// so that no whitespace slips in between runs: the paragraph's text must equal the stored text exactly,
    /// because selections are mapped back to offsets from it.
    /// </summary>
    public static HtmlString Html(string text, int paragraphStart, IReadOnlyList<EntityMention> mentions)
    {
        var html = new StringBuilder(text.Length + 64);
        foreach (var seg in Segments(text, paragraphStart, mentions))
        {
            if (seg.Entity is { } e)
            {
                html.Append("<mark class=\"ent ent-").Append(e.Type.ToLowerInvariant())
                    .Append("\" data-type=\"").Append(e.Type)
                    .Append("\" data-canonical=\"").Append(HtmlTextEncoder.Encode(e.Canonical))
                    .Append("\" title=\"").Append(HtmlTextEncoder.Encode(e.Canonical)).Append("\">")
                    .Append(HtmlTextEncoder.Encode(seg.Text)).Append("</mark>");
            }
            else
            {
                html.Append(HtmlTextEncoder.Encode(seg.Text));
            }
        }

        return new HtmlString(html.ToString());
    }

    /// <summary>The facet parameter for an entity type (PER → person ...).</summary>
    public static string Dimension(string type) => type switch
    {
        EntityTypes.Person => "person",
        EntityTypes.Organization => "org",
        _ => "loc",
    };

    /// <summary>Arabic name of an entity type, for legends and lists.</summary>
    public static string ArabicName(string type) => type switch
    {
        EntityTypes.Person => "أشخاص",
        EntityTypes.Organization => "منظمات",
        _ => "أماكن",
    };
}
