using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using SearchApp.Core.Annotations;
using SearchApp.Core.Storage;

namespace SearchApp.Cli.Commands;

/// <summary>
/// <c>annotations export [--out FILE] [--base-url URL]</c>: every live annotation as one W3C
/// AnnotationCollection (JSON-LD). <c>annotations import FILE</c>: idempotent by id; conflicts are reported.
/// </summary>
public static class AnnotationsCommand
{
    public const string DefaultBaseUrl = "http://127.0.0.1:5000";
    private static readonly JsonSerializerOptions Pretty = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static int Run(string[] argv)
    {
        var args = new CliArguments(argv, ["data", "out", "base-url"]);
        return args.Positional.FirstOrDefault() switch
        {
            "export" => Export(args),
            "import" => Import(args),
            _ => throw new CliException("annotations needs a subcommand: export or import"),
        };
    }

    private static int Export(CliArguments args)
    {
        var store = CommandContext.OpenStore(args);
        var iris = new WebAnnotationIris(args.Get("base-url") ?? DefaultBaseUrl);
        var items = new AnnotationStore(store.Connections).All().Select(a => WebAnnotationWriter.Annotation(a, iris, withContext: false)).ToList();
        var collectionId = iris.Collection(null);
        var page = WebAnnotationWriter.Page(collectionId + "?page=0", collectionId, 0, items, null, null, withContext: false);
        var json = WebAnnotationWriter.Collection(collectionId, "SearchApp annotations", items.Count, page, collectionId + "?page=0");
        var text = json.ToJsonString(Pretty);
        if (args.Get("out") is { } path)
        {
            File.WriteAllText(path, text + "\n");
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"exported {items.Count:N0} annotations to {path}"));
        }
        else
        {
            Console.WriteLine(text);
        }

        return 0;
    }

    private static int Import(CliArguments args)
    {
        var path = args.Positional.ElementAtOrDefault(1) ?? throw new CliException("annotations import needs a file");
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(File.ReadAllText(path));
        }
        catch (JsonException ex)
        {
            throw new CliException($"{path} is not valid JSON: {ex.Message}", ex);
        }

        using var archive = CommandContext.OpenArchive(args);
        var service = new AnnotationService(archive);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var index = 0;
        foreach (var item in Items(root))
        {
            index++;
            string outcome;
            try
            {
                var parsed = WebAnnotationReader.Read(JsonDocument.Parse(item.ToJsonString()).RootElement);
                outcome = service.Import(parsed).ToString().ToLowerInvariant();
            }
            catch (AnnotationException ex)
            {
                outcome = "invalid";
                Console.Error.WriteLine($"  item {index}: {ex.Message}");
            }

            counts[outcome] = counts.GetValueOrDefault(outcome) + 1;
            if (outcome is "conflict" or "articlemissing")
            {
                Console.Error.WriteLine($"  item {index} ({item["id"]}): {outcome}");
            }
        }

        Console.WriteLine(string.Join(", ", new[] { "added", "unchanged", "conflict", "articlemissing", "invalid" }.Select(k => $"{k} {counts.GetValueOrDefault(k)}")));
        return 0;
    }

    /// <summary>Annotations in a collection (first and following embedded pages), a page, an array, or one annotation.</summary>
    private static IEnumerable<JsonNode> Items(JsonNode? root)
    {
        switch (root)
        {
            case JsonArray array:
                return array.Where(n => n is not null).Select(n => n!);
            case JsonObject o when o["items"] is JsonArray items:
                return items.Where(n => n is not null).Select(n => n!);
            case JsonObject o when o["first"] is JsonObject first:
                return Items(first);
            case JsonObject o when o["type"]?.ToString() == "Annotation":
                return [o];
            default:
                throw new CliException("expected an AnnotationCollection, an AnnotationPage, an array of annotations or one annotation");
        }
    }
}
