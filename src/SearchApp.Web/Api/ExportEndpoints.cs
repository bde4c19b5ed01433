using System.Globalization;
using System.Text;
using SearchApp.Core;
using SearchApp.Core.Indexing;
using SearchApp.Core.Search;

namespace SearchApp.Web.Api;

/// <summary>
/// <c>GET /export.csv</c> with the search parameters: the whole result set as CSV (RFC 4180, UTF-8 with a
/// byte-order mark so spreadsheet programs read the Arabic), streamed row by row.
/// </summary>
public static class ExportEndpoints
{
    /// <summary>Multi-valued facet columns (source is already a column of its own), values joined by "; ".</summary>
    private static readonly string[] FacetColumns = [.. Fields.FacetDimensions.Where(d => d != Fields.Source)];

    public static void MapExportEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/export.csv", async (HttpContext http, SearchArchive archive) =>
        {
            SearchRequest request;
            try
            {
                request = SearchRequestBinder.Bind(http.Request.Query) with { Page = 1, Size = 1 };
                request.Validate();
            }
            catch (SearchRequestException ex)
            {
                await ApiJson.Error(StatusCodes.Status400BadRequest, ex.Message).ExecuteAsync(http);
                return;
            }

            http.Response.ContentType = "text/csv; charset=utf-8";
            http.Response.Headers.ContentDisposition = "attachment; filename=\"searchapp-results.csv\"";
            await using var writer = new StreamWriter(http.Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16);
            await writer.WriteLineAsync(Csv.Row(["id", "title", "source", "published", "url", "score", .. FacetColumns]));
            var rows = 0;
            foreach (var row in new ResultExporter(archive.Index).Export(request))
            {
                await writer.WriteLineAsync(Csv.Row([
                    row.Id, row.Title, row.Source, row.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty,
                    row.Url ?? string.Empty, row.Score.ToString("0.###", CultureInfo.InvariantCulture),
                    .. FacetColumns.Select(d => string.Join("; ", row.Facets[d])),
                ]));
                if (++rows % 1000 == 0)
                {
                    await writer.FlushAsync(http.RequestAborted);
                }
            }
        });
    }
}
