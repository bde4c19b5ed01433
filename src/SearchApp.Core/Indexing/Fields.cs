namespace SearchApp.Core.Indexing;

/// <summary>
/// Every Lucene field name used by the product index, in one place.
/// Facet dimensions are indexed twice under the same name: a <c>StringField</c> (filtering) and a
/// <c>SortedSetDocValuesField</c> (counting), see docs/decisions/0002-facets-on-core-lucene.md.
/// </summary>
public static class Fields
{
    /// <summary>Article id: StringField, stored; the update key.</summary>
    public const string Id = "id";

    /// <summary>Title/body analysed with the stemming Arabic chain (recall).</summary>
    public const string Title = "title";
    public const string Body = "body";

    /// <summary>Title/body normalised but not stemmed (precision, quoted phrases).</summary>
    public const string TitleExact = "title.exact";
    public const string BodyExact = "body.exact";

    /// <summary>Annotation comments and quoted passages (searchable as <c>note:</c>).</summary>
    public const string Note = "note";

    /// <summary>Stored-only metadata.</summary>
    public const string Url = "url";
    public const string Category = "category";

    /// <summary>Publication date as yyyymmdd: Int32 field for range filters + numeric doc values for the histogram.</summary>
    public const string Published = "published";

    /// <summary>Facet dimensions (also the API's filter parameter names).</summary>
    public const string Person = "person";
    public const string Org = "org";
    public const string Loc = "loc";
    public const string Source = "source";
    public const string Tag = "tag";

    public static IReadOnlyList<string> FacetDimensions { get; } = [Person, Org, Loc, Source, Tag];
}
