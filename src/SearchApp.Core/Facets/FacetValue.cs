namespace SearchApp.Core.Facets;

/// <summary>One facet value with the number of matching documents (never mentions).</summary>
/// <param name="Selected">True when the request filters on this value; such values are always listed.</param>
public sealed record FacetValue(string Value, int Count, bool Selected);
