using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace SearchApp.Core.Articles;

/// <summary>
/// Streams articles out of corpus files: JSON Lines (<c>.jsonl</c>, <c>.jsonl.gz</c>, any gzip by its magic
/// bytes), plain text (<c>.txt</c>: first line is the title, the rest is the body, the id is
/// <c>txt-&lt;file name&gt;</c>), and folders of them (recursively, in ordinal path order so reruns are
/// repeatable). Problems come back as records with an error and a line number; nothing throws for bad data.
/// </summary>
public static class CorpusReader
{
    private static readonly string[] Extensions = [".jsonl", ".jsonl.gz", ".ndjson", ".json.gz", ".gz", ".txt"];

    public static IEnumerable<CorpusRecord> Read(IEnumerable<string> paths, CorpusProgress? progress = null)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => Extensions.Any(e => f.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
                    .Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                yield return new CorpusRecord(path, 0, null, "no such file or folder");
            }
        }

        progress ??= new CorpusProgress();
        progress.TotalBytes = files.Sum(f => new FileInfo(f).Length);
        foreach (var file in files)
        {
            foreach (var record in ReadFile(file, progress))
            {
                yield return record;
            }

            progress.End(new FileInfo(file).Length);
        }
    }

    public static IEnumerable<CorpusRecord> ReadFile(string file, CorpusProgress? progress = null) =>
        file.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) ? ReadText(file) : ReadJsonLines(file, progress);

    private static IEnumerable<CorpusRecord> ReadJsonLines(string file, CorpusProgress? progress)
    {
        Utf8LineReader reader;
        try
        {
            var raw = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            progress?.Begin(file, raw);
            reader = new Utf8LineReader(MaybeGunzip(raw));
        }
        catch (IOException ex)
        {
            return [new CorpusRecord(file, 0, null, "cannot open: " + ex.Message)];
        }
        catch (UnauthorizedAccessException ex)
        {
            return [new CorpusRecord(file, 0, null, "cannot open: " + ex.Message)];
        }

        return ReadJsonLines(file, reader);
    }

    private static IEnumerable<CorpusRecord> ReadJsonLines(string file, Utf8LineReader reader)
    {
        using (reader)
        {
            while (true)
            {
                string? line = null;
                string? failure = null;
                bool more;
                try
                {
                    more = reader.TryReadLine(out line);
                }
                catch (InvalidDataException ex)
                {
                    (more, failure) = (false, "corrupt compressed data: " + ex.Message);
                }

                if (failure is not null)
                {
                    yield return new CorpusRecord(file, reader.LineNumber + 1, null, failure);
                }

                if (!more)
                {
                    yield break;
                }

                if (line is null)
                {
                    yield return new CorpusRecord(file, reader.LineNumber, null, "not valid UTF-8");
                }
                else if (!string.IsNullOrWhiteSpace(line))
                {
                    yield return ParseJsonLine(file, reader.LineNumber, line);
                }
            }
        }
    }

    public static CorpusRecord ParseJsonLine(string file, int lineNumber, string line)
    {
        try
        {
            using var doc = JsonDocument.Parse(line);
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                return new CorpusRecord(file, lineNumber, null, "not a JSON object");
            }

            var root = doc.RootElement;
            var input = new ArticleInput(
                Scalar(root, "id"), Scalar(root, "title"), Scalar(root, "body"), Scalar(root, "source"),
                Scalar(root, "published"), Scalar(root, "category"), Scalar(root, "url"));
            return new CorpusRecord(file, lineNumber, input, null);
        }
        catch (JsonException ex)
        {
            return new CorpusRecord(file, lineNumber, null, "malformed JSON: " + FirstSentence(ex.Message));
        }
    }

    private static IEnumerable<CorpusRecord> ReadText(string file)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file);
        }
        catch (IOException ex)
        {
            return [new CorpusRecord(file, 0, null, "cannot open: " + ex.Message)];
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            var line = 1 + bytes.AsSpan(0, Math.Min(ex.Index < 0 ? 0 : ex.Index, bytes.Length)).Count((byte)'\n');
            return [new CorpusRecord(file, line, null, "not valid UTF-8")];
        }

        text = text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal);
        var split = text.IndexOf('\n', StringComparison.Ordinal);
        var title = split < 0 ? text : text[..split];
        var body = split < 0 ? string.Empty : text[(split + 1)..];
        var id = "txt-" + Path.GetFileNameWithoutExtension(file);
        return [new CorpusRecord(file, 1, new ArticleInput(id, title, body, null, null, null, null), null)];
    }

    private static Stream MaybeGunzip(FileStream stream)
    {
        Span<byte> magic = stackalloc byte[2];
        var n = stream.Read(magic);
        stream.Position = 0;
        return n == 2 && magic[0] == 0x1f && magic[1] == 0x8b
            ? new BufferedStream(new GZipStream(stream, CompressionMode.Decompress), 1 << 16)
            : stream;
    }

    private static string? Scalar(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
    }

    private static string FirstSentence(string message)
    {
        var dot = message.IndexOf(". ", StringComparison.Ordinal);
        return dot > 0 ? message[..dot] : message;
    }
}
