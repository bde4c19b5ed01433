namespace SearchApp.Core.Indexing;

/// <summary>
/// The index version marker, kept in the commit user data of the Lucene index. Change
/// <see cref="Version"/> whenever fields, analyzers or what is derived from the store change:
/// an index with another version is rebuilt from the store at start-up.
/// </summary>
public static class IndexSchema
{
    public const string Version = "5+" + Analysis.ArabicAnalysis.ChainVersion;

    /// <summary>Commit user-data keys.</summary>
    public const string VersionKey = "searchapp.schema";
    public const string StoreSeqKey = "searchapp.store_seq";
}
