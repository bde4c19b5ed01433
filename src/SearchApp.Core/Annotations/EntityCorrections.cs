using SearchApp.Core.Entities;

namespace SearchApp.Core.Annotations;

/// <summary>
/// The entities an article really has once users' labels are applied to what the extractor found:
/// a label annotation (PER/ORG/LOC) over a span adds that entity; any label, including NONE
/// ("not an entity"), replaces the extracted mentions it overlaps. Computed from the store at every
/// indexing, so corrections outlive <c>reindex</c> and re-extraction.
/// </summary>
public static class EntityCorrections
{
    public static IReadOnlyList<EntityMention> Apply(
        string body,
        IReadOnlyList<EntityMention> extracted,
        IReadOnlyList<Annotation> annotations,
        Func<string, string, string> canonicalize)
    {
        var labels = new List<(int Start, int End, string Label)>();
        foreach (var a in annotations)
        {
            if (a.Label is not { } label)
            {
                continue;
            }

            var anchor = TextAnchor.Anchor(body, a.Target);
            if (anchor.IsAnchored)
            {
                labels.Add((anchor.Start, anchor.End, label));
            }
        }

        if (labels.Count == 0)
        {
            return extracted;
        }

        var result = extracted.Where(m => !labels.Any(l => l.Start < m.End && m.Start < l.End)).ToList();
        foreach (var (start, end, label) in labels)
        {
            if (EntityTypes.IsKnown(label))
            {
                var text = body[start..end];
                result.Add(new EntityMention(label, text, start, end, canonicalize(label, text)));
            }
        }

        result.Sort((x, y) => x.Start != y.Start ? x.Start.CompareTo(y.Start) : x.End.CompareTo(y.End));
        return result.DistinctBy(m => (m.Start, m.End, m.Type)).ToList();
    }
}
