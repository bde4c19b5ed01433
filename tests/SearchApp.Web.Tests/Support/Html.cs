using AngleSharp;
using AngleSharp.Dom;

namespace SearchApp.Web.Tests.Support;

public static class Html
{
    public static async Task<(IDocument Document, string Raw, HttpResponseMessage Response)> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var raw = await response.Content.ReadAsStringAsync();
        var context = BrowsingContext.New(Configuration.Default);
        var document = await context.OpenAsync(req => req.Content(raw));
        return (document, raw, response);
    }
}
