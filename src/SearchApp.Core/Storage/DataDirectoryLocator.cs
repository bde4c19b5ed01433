namespace SearchApp.Core.Storage;

/// <summary>
/// Finds the default data directory: <c>index-data/</c> next to <c>SearchApp.sln</c>, looked for upwards from
/// the working directory and then from the program's own folder (so `dotnet run --project ...` from anywhere
/// in the checkout, and the built binaries, agree). Without a checkout, <c>./index-data</c>.
/// </summary>
public static class DataDirectoryLocator
{
    public const string FolderName = "index-data";
    public const string SolutionFile = "SearchApp.sln";
    public const string EnvironmentVariable = "SearchApp__DataDirectory";

    /// <summary>An explicit choice wins, then the environment variable, then the solution-relative default.</summary>
    public static string Resolve(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured);
        }

        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return Path.GetFullPath(fromEnvironment);
        }

        var root = FindSolutionDirectory();
        return Path.GetFullPath(Path.Combine(root ?? Directory.GetCurrentDirectory(), FolderName));
    }

    public static string? FindSolutionDirectory()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, SolutionFile)))
                {
                    return dir.FullName;
                }
            }
        }

        return null;
    }
}
