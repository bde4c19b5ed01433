namespace SearchApp.Core.Tests.Entities;

/// <summary>Paths of files in the repository (found by walking up to SearchApp.sln).</summary>
internal static class RepoFiles
{
    public static string Root { get; } = FindRoot();

    public static string Sample(string name) => Path.Combine(Root, "index-data", "sample", name);

    /// <summary>Bodies (and titles) of a JSONL file, with the canonical text rules applied (NFC).</summary>
    public static IEnumerable<string> Texts(string path)
    {
        foreach (string line in File.ReadLines(path))
        {
            if (line.Length == 0)
            {
                continue;
            }

            using var doc = System.Text.Json.JsonDocument.Parse(line);
            foreach (string field in new[] { "title", "body" })
            {
                if (doc.RootElement.TryGetProperty(field, out var v) && v.GetString() is { Length: > 0 } text)
                {
                    yield return text.Normalize();
                }
            }
        }
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SearchApp.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new DirectoryNotFoundException("SearchApp.sln not found above the test binaries");
    }
}
