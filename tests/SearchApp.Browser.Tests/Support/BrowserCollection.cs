namespace SearchApp.Browser.Tests.Support;

/// <summary>All browser tests share one app process and one chromium (starting them is the slow part).</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
