namespace SearchApp.Core.Tests.Facets;

/// <summary>A generated test document as written, raw values included (duplicates, padding, blanks).</summary>
public sealed record GeneratedDoc(
    string Id,
    string[] Words,
    IReadOnlyDictionary<string, string[]> Values,
    DateOnly? Published);
