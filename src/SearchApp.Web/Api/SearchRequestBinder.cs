using System.Globalization;
using Microsoft.Extensions.Primitives;
using SearchApp.Core.Articles;
using SearchApp.Core.Indexing;
using SearchApp.Core.Search;

namespace SearchApp.Web.Api;

/// <summary>
/// Reads a <see cref="SearchRequest"/> from a query string, the same way for the API and the search page:
/// <c>q, page, size, person=, org=, loc=, source=, tag=</c> (repeatable), <c>not.person=</c> etc., <c>from=, to=</c>.
/// Malformed numbers and dates throw <see cref="SearchRequestException"/> (400).
/// </summary>
public static class SearchRequestBinder
{
    public const string ExcludePrefix = "not.";

    public static SearchRequest Bind(IQueryCollection query)
    {
        var filters = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var exclusions = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var dim in Fields.FacetDimensions)
        {
            AddValues(filters, dim, query[dim]);
            AddValues(exclusions, dim, query[ExcludePrefix + dim]);
        }

        return new SearchRequest
        {
            Query = query["q"].ToString(),
            Page = Int(query, "page", 1),
            Size = Int(query, "size", 10),
            Filters = filters,
            Exclusions = exclusions,
            From = Date(query, "from"),
            To = Date(query, "to"),
        };
    }

    /// <summary>How many values each facet lists (<c>facetSize</c>, default 10, at most 200).</summary>
    public static int FacetSize(IQueryCollection query)
    {
        var n = Int(query, "facetSize", ArticleSearcher.DefaultFacetSize);
        return n is >= 1 and <= ArticleSearcher.MaxFacetSize
            ? n
            : throw new SearchRequestException($"facetSize must be from 1 to {ArticleSearcher.MaxFacetSize}.");
    }

    private static void AddValues(Dictionary<string, IReadOnlyList<string>> target, string dim, StringValues values)
    {
        var list = values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Distinct(StringComparer.Ordinal).ToList();
        if (list.Count > 0)
        {
            target[dim] = list;
        }
    }

    private static int Int(IQueryCollection query, string name, int fallback)
    {
        var text = query[name].ToString();
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new SearchRequestException($"{name} must be a whole number, not '{Shorten(text)}'.");
    }

    private static DateOnly? Date(IQueryCollection query, string name)
    {
        var text = query[name].ToString();
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw new SearchRequestException($"{name} must be a date written yyyy-mm-dd, not '{Shorten(text)}'.");
    }

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
