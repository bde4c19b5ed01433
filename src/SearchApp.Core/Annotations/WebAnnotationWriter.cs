using System.Globalization;
using System.Text.Json.Nodes;

namespace SearchApp.Core.Annotations;

/// <summary>
/// Writes annotations as W3C Web Annotation JSON-LD (https://www.w3.org/TR/annotation-model/):
/// TextualBody bodies with purposes, a SpecificResource target with a TextQuoteSelector and a
/// TextPositionSelector, and AnnotationCollection / AnnotationPage for lists (the Web Annotation Protocol).
/// </summary>
public static class WebAnnotationWriter
{
    public const string Context = "http://www.w3.org/ns/anno.jsonld";
    public const string MediaType = "application/ld+json; profile=\"http://www.w3.org/ns/anno.jsonld\"";

    public static JsonObject Annotation(Annotation a, WebAnnotationIris iris, bool withContext = true)
    {
        var json = new JsonObject();
        if (withContext)
        {
            json["@context"] = Context;
        }

        json["id"] = iris.Annotation(a.Id);
        json["type"] = "Annotation";
        json["motivation"] = Motivation(a);
        json["created"] = Time(a.Created);
        json["modified"] = Time(a.Modified);
        json["creator"] = new JsonObject { ["id"] = iris.User(a.Author), ["type"] = "Person", ["name"] = a.Author };
        json["body"] = new JsonArray(a.Bodies.Select(Body).ToArray<JsonNode?>());
        json["target"] = new JsonObject
        {
            ["source"] = iris.Article(a.ArticleId),
            ["selector"] = new JsonArray(
                new JsonObject { ["type"] = "TextQuoteSelector", ["exact"] = a.Target.Exact, ["prefix"] = a.Target.Prefix, ["suffix"] = a.Target.Suffix },
                new JsonObject { ["type"] = "TextPositionSelector", ["start"] = a.Target.Start, ["end"] = a.Target.End }),
        };
        return json;
    }

    /// <summary>An AnnotationCollection with its first page embedded (PreferContainedDescriptions).</summary>
    public static JsonObject Collection(string collectionId, string label, int total, JsonObject firstPage, string? lastPageId)
    {
        var json = new JsonObject
        {
            ["@context"] = Context,
            ["id"] = collectionId,
            ["type"] = "AnnotationCollection",
            ["label"] = label,
            ["total"] = total,
        };
        if (total > 0)
        {
            json["first"] = firstPage;
            json["last"] = lastPageId;
        }

        return json;
    }

    public static JsonObject Page(string pageId, string collectionId, int startIndex, IEnumerable<JsonObject> items, string? next, string? prev, bool withContext)
    {
        var json = new JsonObject();
        if (withContext)
        {
            json["@context"] = Context;
        }

        json["id"] = pageId;
        json["type"] = "AnnotationPage";
        json["partOf"] = collectionId;
        json["startIndex"] = startIndex;
        json["items"] = new JsonArray(items.ToArray<JsonNode?>());
        if (next is not null)
        {
            json["next"] = next;
        }

        if (prev is not null)
        {
            json["prev"] = prev;
        }

        return json;
    }

    private static JsonObject Body(AnnotationBody b)
    {
        var json = new JsonObject { ["type"] = "TextualBody", ["purpose"] = b.Purpose, ["value"] = b.Value };
        json["format"] = b.Format ?? "text/plain";
        if (b.Language is not null)
        {
            json["language"] = b.Language;
        }

        return json;
    }

    /// <summary>The annotation's main motivation: labelling beats commenting beats tagging.</summary>
    private static string Motivation(Annotation a) =>
        a.Bodies.FirstOrDefault(b => AnnotationPurposes.IsLabel(b.Purpose))?.Purpose
        ?? (a.Bodies.Any(b => b.Purpose == AnnotationPurposes.Commenting) ? AnnotationPurposes.Commenting : AnnotationPurposes.Tagging);

    private static string Time(DateTimeOffset t) => t.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
