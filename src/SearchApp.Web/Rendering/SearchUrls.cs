using Microsoft.AspNetCore.Http;

namespace SearchApp.Web.Rendering;

/// <summary>
/// URLs of the search page for every state change (toggle a facet value, exclude it, remove a chip, pick a
/// date range, turn a page), built from the current query string so that every state is a shareable URL
/// and the page works with plain links, without JavaScript. Any change of filters returns to page 1.
/// </summary>
public sealed class SearchUrls
{
    private readonly List<KeyValuePair<string, string>> _pairs;
    private readonly string _path;

    public SearchUrls(IQueryCollection query, string path = "/")
    {
        _path = path;
        _pairs = query.SelectMany(kv => kv.Value.Select(v => new KeyValuePair<string, string>(kv.Key, v ?? string.Empty))).ToList();
    }

    public bool Has(string key, string value) => _pairs.Any(p => p.Key == key && p.Value == value);

    public string Toggle(string dim, string value) =>
        Has(dim, value) ? Build(Without(dim, value)) : Build(Without("not." + dim, value).Append(new(dim, value)));

    public string Exclude(string dim, string value) =>
        Build(Without(dim, value).Where(p => !(p.Key == "not." + dim && p.Value == value)).Append(new("not." + dim, value)));

    public string Remove(string key, string value) => Build(Without(key, value));

    public string DateRange(string? from, string? to)
    {
        var pairs = _pairs.Where(p => p.Key is not ("from" or "to")).ToList();
        if (!string.IsNullOrEmpty(from))
        {
            pairs.Add(new("from", from));
        }

        if (!string.IsNullOrEmpty(to))
        {
            pairs.Add(new("to", to));
        }

        return Build(pairs);
    }

    /// <summary>Keeps the query text, drops every filter.</summary>
    public string ClearFilters() => Build(_pairs.Where(p => p.Key == "q"));

    public string Page(int page) => Build(_pairs.Where(p => p.Key != "page").Append(new("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture))), keepPage: true);

    /// <summary>The same state with one extra parameter set (e.g. more=person to list more values).</summary>
    public string With(string key, string value) => Build(_pairs.Where(p => p.Key != key).Append(new(key, value)), keepPage: true);

    /// <summary>The same search as a different resource (the CSV export), page and view options dropped.</summary>
    public string As(string path) => path + QueryString.Create(_pairs.Where(p => p.Key is not ("page" or "more" or "size")).Select(p => new KeyValuePair<string, string?>(p.Key, p.Value))).ToUriComponent();

    /// <summary>The current parameters except <paramref name="except"/>, for a GET form's hidden inputs.</summary>
    public IEnumerable<KeyValuePair<string, string>> Fields(params string[] except) => _pairs.Where(p => !except.Contains(p.Key));

    private IEnumerable<KeyValuePair<string, string>> Without(string key, string value) => _pairs.Where(p => !(p.Key == key && p.Value == value));

    private string Build(IEnumerable<KeyValuePair<string, string>> pairs, bool keepPage = false)
    {
        var list = pairs.Where(p => keepPage || p.Key != "page").Select(p => new KeyValuePair<string, string?>(p.Key, p.Value)).ToList();
        return _path + (list.Count == 0 ? string.Empty : QueryString.Create(list).ToUriComponent());
    }
}
