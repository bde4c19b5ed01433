using System.Globalization;
using SearchApp.Core.Facets;
using SearchApp.Core.Search;

namespace SearchApp.Web.Api;

/// <summary>
/// Reads a <see cref="SearchRequest"/> from a query string, the same way for the API and the search page:
/// <c>q, page, size, person=, org=, loc=, source=, tag=</c> (repeatable), <c>not.person=</c> etc., <c>from=, to=</c>.
/// Malformed numbers and dates throw <see cref="SearchRequestException"/> (400).
/// </summary>
public static class SearchRequestBinder
{
    public static SearchRequest Bind(IQueryCollection query)
    {
        // The facet part (person=, not.person=, from=, to=) has one reader in Core, shared with the facet engine.
        FacetFilters filters;
        try
        {
            filters = FacetFilterParameters.Parse(query.SelectMany(kv => kv.Value.Select(v => new KeyValuePair<string, string?>(kv.Key, v))));
        }
        catch (FormatException ex)
        {
            throw new SearchRequestException(ex.Message, ex);
        }

        return new SearchRequest
        {
            Query = query["q"].ToString(),
            Page = Int(query, "page", 1),
            Size = Int(query, "size", 10),
            Filters = filters.Include,
            Exclusions = filters.Exclude,
            From = filters.From,
            To = filters.To,
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

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
