namespace SearchApp.Core.Search;

/// <summary>One exported result: article fields and its facet values per dimension.</summary>
public sealed record ExportRow(string Id, string Title, string Source, DateOnly? Published, string? Url, float Score, IReadOnlyDictionary<string, IReadOnlyList<string>> Facets);
