using Lucene.Net.Index;
using SearchApp.Core.Facets;

namespace SearchApp.Core.Tests.Facets;

/// <summary>A live document read back from stored fields, values trimmed and de-duplicated by the test itself.</summary>
public sealed record StoredDoc(string Id, HashSet<string> Words, Dictionary<string, HashSet<string>> Values, DateOnly? Published)
{
    public static List<StoredDoc> ReadAll(IndexReader reader)
    {
        var live = MultiFields.GetLiveDocs(reader);
        var docs = new List<StoredDoc>();
        for (var i = 0; i < reader.MaxDoc; i++)
        {
            if (live is not null && !live.Get(i))
            {
                continue;
            }

            var stored = reader.Document(i);
            var values = new Dictionary<string, HashSet<string>>();
            foreach (var dimension in GeneratedFacetIndex.Dimensions)
            {
                values[dimension] = stored.GetValues(GeneratedFacetIndex.StoredPrefix + dimension)
                    .Select(v => v.Trim())
                    .Where(v => v.Length > 0)
                    .ToHashSet(StringComparer.Ordinal);
            }

            var published = stored.GetField("published")?.GetInt32Value() is { } yyyymmdd
                ? new DateOnly(yyyymmdd / 10000, yyyymmdd / 100 % 100, yyyymmdd % 100)
                : (DateOnly?)null;
            docs.Add(new StoredDoc(
                stored.Get("id"),
                stored.Get(GeneratedFacetIndex.Text).Split(' ').ToHashSet(StringComparer.Ordinal),
                values,
                published));
        }

        return docs;
    }

    public bool MatchesBase(IReadOnlyList<string> terms, FacetFilters filters)
    {
        if (!terms.All(Words.Contains))
        {
            return false;
        }

        foreach (var (dimension, excluded) in filters.Exclude)
        {
            if (excluded.Any(Values[dimension].Contains))
            {
                return false;
            }
        }

        if (filters.From is null && filters.To is null)
        {
            return true;
        }

        return Published is { } day && (filters.From is null || day >= filters.From) && (filters.To is null || day <= filters.To);
    }

    /// <summary>Passes every dimension's selection except <paramref name="ignored"/>'s.</summary>
    public bool PassesSelections(FacetFilters filters, string? ignored) =>
        filters.Include.All(kv => kv.Key == ignored || kv.Value.Count == 0 || kv.Value.Any(Values[kv.Key].Contains));
}
