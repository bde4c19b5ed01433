using System.Globalization;
using System.Text.Json;

namespace SearchApp.Core.Annotations;

/// <summary>
/// Reads W3C Web Annotation JSON-LD leniently where the model allows several shapes (a single value or an
/// array; <c>bodyValue</c>; a selector object or array) and strictly where we need something: a target
/// whose source is an article IRI and a text selector. Errors throw <see cref="AnnotationException"/> (400).
/// </summary>
public static class WebAnnotationReader
{
    public static ParsedAnnotation Read(JsonElement json)
    {
        if (json.ValueKind != JsonValueKind.Object)
        {
            throw Invalid("The annotation must be a JSON object.");
        }

        if (json.TryGetProperty("type", out var type) && !Strings(type).Contains("Annotation"))
        {
            throw Invalid("The annotation's type must be \"Annotation\".");
        }

        var target = Single(json, "target") ?? throw Invalid("The annotation needs a target.");
        if (target.ValueKind != JsonValueKind.Object)
        {
            throw Invalid("The target must be an object with a source (the article IRI) and a selector.");
        }

        var source = String(target, "source") ?? throw Invalid("target.source must be the article IRI.");
        var articleId = WebAnnotationIris.ArticleIdFrom(source) ?? throw Invalid($"target.source '{source}' is not an article IRI (…/articles/{{id}}).");
        int start = -1, end = -1;
        string? exact = null, prefix = null, suffix = null;
        foreach (var selector in Many(target, "selector"))
        {
            switch (String(selector, "type"))
            {
                case "TextPositionSelector":
                    start = Int(selector, "start");
                    end = Int(selector, "end");
                    break;
                case "TextQuoteSelector":
                    exact = String(selector, "exact") ?? throw Invalid("TextQuoteSelector needs exact.");
                    prefix = String(selector, "prefix");
                    suffix = String(selector, "suffix");
                    break;
            }
        }

        if (start < 0 && exact is null)
        {
            throw Invalid("target.selector needs a TextPositionSelector or a TextQuoteSelector.");
        }

        var motivation = Strings(json.TryGetProperty("motivation", out var m) ? m : default).FirstOrDefault();
        var bodies = new List<AnnotationBody>();
        if (String(json, "bodyValue") is { } bodyValue)
        {
            bodies.Add(new AnnotationBody(AnnotationPurposes.Commenting, bodyValue));
        }

        foreach (var body in Many(json, "body"))
        {
            bodies.Add(ReadBody(body, motivation));
        }

        var draft = new AnnotationDraft(articleId, start, end, exact, bodies) { Prefix = prefix, Suffix = suffix };
        return new ParsedAnnotation(draft, IdFrom(String(json, "id")), Creator(json), Time(json, "created"), Time(json, "modified"));
    }

    private static AnnotationBody ReadBody(JsonElement body, string? motivation)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            throw Invalid("Each body must be a TextualBody object (external bodies are not supported).");
        }

        if (String(body, "type") is { } t && t != "TextualBody")
        {
            throw Invalid($"Body type '{t}' is not supported; use TextualBody.");
        }

        var value = String(body, "value") ?? throw Invalid("A TextualBody needs a value.");
        var purpose = String(body, "purpose") ?? motivation ?? AnnotationPurposes.Commenting;
        return new AnnotationBody(purpose, value, String(body, "format"), String(body, "language"));
    }

    private static string? IdFrom(string? iri)
    {
        if (iri is null)
        {
            return null;
        }

        var trimmed = iri.TrimEnd('/');
        var id = Uri.UnescapeDataString(trimmed[(trimmed.LastIndexOf('/') + 1)..]);
        return id.Length is > 0 and <= 100 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') ? id : null;
    }

    private static string? Creator(JsonElement json)
    {
        var creator = Single(json, "creator");
        return creator switch
        {
            { ValueKind: JsonValueKind.Object } c => String(c, "name") ?? String(c, "nickname"),
            { ValueKind: JsonValueKind.String } c => Uri.UnescapeDataString(c.GetString()!.TrimEnd('/').Split('/')[^1]),
            _ => null,
        };
    }

    private static DateTimeOffset? Time(JsonElement json, string name) =>
        String(json, name) is { } s && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t) ? t : null;

    private static JsonElement? Single(JsonElement json, string name)
    {
        var all = Many(json, name).ToList();
        return all.Count switch
        {
            0 => null,
            1 => all[0],
            _ => throw Invalid($"Only one {name} is supported."),
        };
    }

    private static IEnumerable<JsonElement> Many(JsonElement json, string name) =>
        !json.TryGetProperty(name, out var value) ? [] : value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [value];

    private static IEnumerable<string> Strings(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => [value.GetString()!],
        JsonValueKind.Array => value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToList(),
        _ => [],
    };

    private static string? String(JsonElement json, string name) =>
        json.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static int Int(JsonElement json, string name) =>
        json.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var n) && n >= 0
            ? n
            : throw Invalid($"TextPositionSelector.{name} must be a non-negative whole number.");

    private static AnnotationException Invalid(string message) => new(AnnotationError.Invalid, message);
}
