using SearchApp.Core.Entities;
using SearchApp.Core.Indexing;

namespace SearchApp.Core;

/// <summary>Where the archive lives and how articles are processed on the way in.</summary>
public sealed record ArchiveOptions(string DataDirectory)
{
    public IEntityExtractor Extractor { get; init; } = NoEntityExtractor.Instance;

    /// <summary>
    /// Canonical facet value for a user-labelled span, given its type and text. The default trims; the web
    /// app and CLI pass the entity canonicaliser so labels and extracted mentions share facet values.
    /// </summary>
    public Func<string, string, string> Canonicalize { get; init; } = (_, text) => text.Trim();

    /// <summary>
    /// Which extracted mentions become facet values. With the shipped extractor, bare given names of
    /// persons do not (they stay marked in the article); user labels always count.
    /// </summary>
    public Func<EntityMention, bool> IsFacetValue { get; init; } = _ => true;

    /// <summary>Canonicalisation and facet filter together, as the index builder takes them.</summary>
    public EntityFacetPolicy FacetPolicy => new(Canonicalize, IsFacetValue);

    /// <summary>Articles per store transaction during ingest: a crash loses at most this many.</summary>
    public int BatchSize { get; init; } = 500;

    /// <summary>Options that extract with <paramref name="extractor"/> and canonicalise user labels the same way.</summary>
    public static ArchiveOptions WithExtractor(string dataDirectory, IEntityExtractor extractor) => new(dataDirectory)
    {
        Extractor = extractor,
        Canonicalize = extractor is EntityExtractor e ? e.Canonicalizer.Canonicalize : (_, text) => text.Trim(),
        IsFacetValue = extractor is EntityExtractor x
            ? m => !(m.Type == EntityTypes.Person && x.Canonicalizer.IsBareGivenName(m.Canonical))
            : _ => true,
    };

    public string StorePath => Path.Combine(DataDirectory, "store.db");

    public string IndexPath => Path.Combine(DataDirectory, "index");
}
