namespace SearchApp.Web.Services;

/// <summary>The <c>SearchApp</c> configuration section (also settable as SearchApp__X environment variables).</summary>
public sealed class SearchAppOptions
{
    public const string Section = "SearchApp";

    /// <summary>Empty: <c>index-data/</c> next to SearchApp.sln (see DataDirectoryLocator).</summary>
    public string? DataDirectory { get; set; }

    /// <summary>Folder with the bundled sample; empty: <c>&lt;data&gt;/sample</c>, else the copy shipped beside the app.</summary>
    public string? SamplePath { get; set; }

    public bool IngestSampleOnFirstStart { get; set; } = true;

    /// <summary>When true, reading and searching need a signed-in user (any role); open by default.</summary>
    public bool RequireSignInToRead { get; set; }

    /// <summary>Public base URL for IRIs (e.g. https://news.example.org); empty: the URL each request came in on.</summary>
    public string? PublicBaseUrl { get; set; }
}
