using System.IO.Compression;
using System.Text.Json;

namespace SearchApp.Cli.Commands;

/// <summary>Titles and bodies of a JSONL corpus, gzip'd or not (the shared news schema).</summary>
public static class CorpusReader
{
    public static IEnumerable<string> Texts(string path)
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
            foreach (string field in new[] { "title", "body" })
            {
                if (doc.RootElement.TryGetProperty(field, out var value) && value.GetString() is { Length: > 0 } text)
                {
                    yield return text;
                }
            }
        }
    }
}
