using System.IO.Compression;
using System.Text.Json;

namespace SearchApp.Cli.Commands;

/// <summary>Articles, or their titles and bodies, of a JSONL corpus, gzip'd or not (the shared news schema).</summary>
public static class CorpusReader
{
    public static IEnumerable<string> Texts(string path)
    {
        foreach (var article in Articles(path))
        {
            foreach (string text in new[] { article.Title, article.Body })
            {
                if (text.Length > 0)
                {
                    yield return text;
                }
            }
        }
    }

    /// <summary>Id, source, title and body of every article (missing fields are empty strings).</summary>
    public static IEnumerable<(string Id, string Source, string Title, string Body)> Articles(string path)
    {
        using var file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var reader = new StreamReader(stream);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var doc = JsonDocument.Parse(line);
            yield return (Field("id"), Field("source"), Field("title"), Field("body"));

            string Field(string name) =>
                doc.RootElement.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";
        }
    }
}
