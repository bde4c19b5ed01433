namespace SearchApp.Core.Facets;

/// <summary>How typed text matches a facet value in <see cref="FacetEngine.SearchValues"/>.</summary>
public enum FacetMatchMode
{
    /// <summary>The text starts the value or one of its words ("علي" finds "علي الزين" and "محمد علي").</summary>
    Prefix,

    /// <summary>The text occurs anywhere in the value.</summary>
    Substring,
}
