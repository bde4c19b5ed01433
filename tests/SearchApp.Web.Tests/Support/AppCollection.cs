namespace SearchApp.Web.Tests.Support;

/// <summary>One app (and one sample ingest) shared by the tests that only read.</summary>
[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<SearchAppFactory>
{
    public const string Name = "app";
}
