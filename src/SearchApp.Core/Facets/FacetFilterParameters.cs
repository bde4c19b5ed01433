using System.Globalization;
using Fields = SearchApp.Core.Indexing.Fields;

namespace SearchApp.Core.Facets;

/// <summary>
/// Reads the facet part of a search URL (the HTTP API contract): <c>person=</c>, <c>org=</c>, <c>loc=</c>,
/// <c>source=</c>, <c>tag=</c> (repeatable; OR within, AND across), <c>not.person=</c> etc. to exclude,
/// <c>from=yyyy-mm-dd</c> and <c>to=yyyy-mm-dd</c> (inclusive). Other parameters are ignored, so the
/// caller can pass the whole query string.
/// </summary>
public static class FacetFilterParameters
{
    public const string ExcludePrefix = "not.";
    public const string From = "from";
    public const string To = "to";

    /// <exception cref="FormatException">A date that is not a valid yyyy-mm-dd (the API answers 400).</exception>
    public static FacetFilters Parse(IEnumerable<KeyValuePair<string, string?>> parameters, IReadOnlyList<string>? dimensions = null)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        dimensions ??= Fields.FacetDimensions;
        var include = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var exclude = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        DateOnly? from = null, to = null;
        foreach (var (key, raw) in parameters)
        {
            var value = raw?.Trim();
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }

            if (key == From)
            {
                from = ParseDate(key, value);
            }
            else if (key == To)
            {
                to = ParseDate(key, value);
            }
            else if (key.StartsWith(ExcludePrefix, StringComparison.Ordinal) && Contains(dimensions, key[ExcludePrefix.Length..]))
            {
                AddDistinct(exclude, key[ExcludePrefix.Length..], value);
            }
            else if (Contains(dimensions, key))
            {
                AddDistinct(include, key, value);
            }
        }

        return new FacetFilters
        {
            Include = include.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)kv.Value, StringComparer.Ordinal),
            Exclude = exclude.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)kv.Value, StringComparer.Ordinal),
            From = from,
            To = to,
        };
    }

    private static DateOnly ParseDate(string key, string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new FormatException($"'{key}' must be a date written yyyy-mm-dd, not '{value}'.");

    private static bool Contains(IReadOnlyList<string> dimensions, string key)
    {
        foreach (var dimension in dimensions)
        {
            if (dimension == key)
            {
                return true;
            }
        }

        return false;
    }

    private static void AddDistinct(Dictionary<string, List<string>> map, string dimension, string value)
    {
        if (!map.TryGetValue(dimension, out var values))
        {
            map[dimension] = values = [];
        }

        if (!values.Contains(value))
        {
            values.Add(value);
        }
    }
}
