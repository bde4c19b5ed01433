namespace SearchApp.Core.Search;

/// <summary>A histogram bar: <see cref="Bucket"/> is yyyy-mm (or yyyy-mm-dd for short ranges).</summary>
public sealed record DateBucket(string Bucket, int Count);
