namespace SearchApp.Core.Facets;

/// <summary>One bar of the publication-date histogram.</summary>
/// <param name="Bucket">"yyyy-mm" for month buckets, "yyyy-mm-dd" for day buckets (the API's label).</param>
/// <param name="Start">First day of the bucket.</param>
public sealed record DateBucket(string Bucket, DateOnly Start, int Count);
