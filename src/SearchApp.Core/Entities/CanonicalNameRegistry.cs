namespace SearchApp.Core.Entities;

/// <summary>
/// Counts, across a corpus, the surface forms (proclitics stripped) seen for each canonical entity
/// and answers which one to display: the most frequent, ties broken by ordinal order so the choice
/// is deterministic. Use at index time: <see cref="Add(EntityMention)"/> every mention of every
/// article (or of a batch), then facet on <see cref="Display"/> of each mention's type and
/// canonical value. Two mentions with the same <see cref="EntityCanonicalizer.Key"/> of their
/// canonical value count as one entity. Thread-safe.
/// </summary>
public sealed class CanonicalNameRegistry(EntityCanonicalizer canonicalizer)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(string Type, string Key), Dictionary<string, int>> _surfaces = [];

    public void Add(EntityMention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        var id = (mention.Type, EntityCanonicalizer.Key(mention.Canonical));
        string surface = canonicalizer.StripProclitics(mention.Text);
        lock (_gate)
        {
            if (!_surfaces.TryGetValue(id, out var counts))
            {
                _surfaces[id] = counts = new Dictionary<string, int>(StringComparer.Ordinal);
            }

            counts[surface] = counts.GetValueOrDefault(surface) + 1;
        }
    }

    public void Add(IEnumerable<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        foreach (var m in mentions)
        {
            Add(m);
        }
    }

    /// <summary>
    /// The display name of an entity: the most frequent surface form counted for its key, or the
    /// canonical value itself when nothing was counted. Aliased entities (see Data/aliases.tsv)
    /// display their alias canonical name, since an alias merges names no surface form stands for.
    /// </summary>
    public string Display(string type, string canonical)
    {
        ArgumentNullException.ThrowIfNull(canonical);
        lock (_gate)
        {
            if (!_surfaces.TryGetValue((type, EntityCanonicalizer.Key(canonical)), out var counts) || canonicalizer.IsAlias(type, canonical))
            {
                return canonical;
            }

            return counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).First().Key;
        }
    }

    /// <summary>How many mentions were counted for an entity.</summary>
    public int Mentions(string type, string canonical)
    {
        ArgumentNullException.ThrowIfNull(canonical);
        lock (_gate)
        {
            return _surfaces.TryGetValue((type, EntityCanonicalizer.Key(canonical)), out var counts) ? counts.Values.Sum() : 0;
        }
    }
}
