using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using SearchApp.Core;
using SearchApp.Core.Articles;

namespace SearchApp.Web.Tests.Support;

/// <summary>
/// The real web app on a temporary data directory, started the way a user starts it: empty store,
/// so the bundled sample (index-data/sample in the repo) is ingested on first start.
/// </summary>
public sealed class SearchAppFactory : WebApplicationFactory<Program>
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "searchapp-web-tests", Guid.NewGuid().ToString("N"));

    public SearchArchive Archive => Services.GetRequiredService<SearchArchive>();

    /// <summary>Adds an article directly through the archive (what ingest or POST /api/articles would do).</summary>
    public void AddArticle(ArticleInput article) => Archive.Upsert(article);

    /// <summary>Extra settings (e.g. SearchApp:RequireSignInToRead) for a differently configured app.</summary>
    public Dictionary<string, string> Settings { get; } = [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.UseSetting("SearchApp:DataDirectory", _dataDirectory);
        builder.UseSetting("SearchApp:SamplePath", Path.Combine(RepoRoot(), "index-data", "sample"));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            try
            {
                Directory.Delete(_dataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // Left for the OS temp cleaner.
            }
        }
    }

    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SearchApp.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("SearchApp.sln not found");
    }
}
