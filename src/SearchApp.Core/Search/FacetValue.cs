namespace SearchApp.Core.Search;

/// <summary>A facet value with its number of matching documents.</summary>
public sealed record FacetValue(string Value, int Count, bool Selected);
