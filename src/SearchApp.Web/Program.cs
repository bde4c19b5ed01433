using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;
using SearchApp.Core;
using SearchApp.Core.Annotations;
using SearchApp.Core.Entities;
using SearchApp.Web.Api;
using SearchApp.Web.Auth;
using SearchApp.Web.Services;

var builder = WebApplication.CreateBuilder(args);

// Serve wwwroot from the build output's static-assets manifest in every environment, so running the built
// dll (tests, benchmarks, `dotnet SearchApp.Web.dll`) looks the same as `dotnet run`; published apps copy wwwroot.
builder.WebHost.UseStaticWebAssets();

builder.Services.Configure<SearchAppOptions>(builder.Configuration.GetSection(SearchAppOptions.Section));
builder.Services.AddRazorPages();

// Razor would otherwise write every Arabic letter as a numeric entity (valid, but unreadable and 6x larger).
builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
builder.Services.ConfigureHttpJsonOptions(o => ApiJson.Configure(o.SerializerOptions));
builder.Services.AddSingleton<IEntityExtractor>(_ => EntityExtractor.Default);
builder.Services.AddSearchAppAuth();
builder.Services.AddSingleton(sp => new AnnotationService(sp.GetRequiredService<SearchArchive>()));
builder.Services.AddSingleton(sp => ArchiveStartup.Open(
    sp.GetRequiredService<IOptions<SearchAppOptions>>().Value,
    sp.GetRequiredService<IEntityExtractor>(),
    sp.GetRequiredService<ILoggerFactory>().CreateLogger("SearchApp.Startup")));

var app = builder.Build();

// Open the archive (and ingest the sample on first start) before serving the first request.
try
{
    app.Services.GetRequiredService<SearchArchive>();
}
catch (Exception ex) when (ex is SearchApp.Core.Indexing.IndexLockedException or SearchApp.Core.Storage.StoreException)
{
    // A clear one-line reason (another process holds the data directory, a store from a newer version)
    // instead of a stack trace.
    Console.Error.WriteLine("SearchApp cannot start: " + ex.Message);
    return 1;
}

// Never a stack trace, in any environment: API callers get JSON, readers get the error page.
app.UseWhen(c => IsApi(c.Request), api => api.UseExceptionHandler(new ExceptionHandlerOptions
{
    ExceptionHandler = context => ApiJson.Error(StatusCodes.Status500InternalServerError, "internal error; it has been logged").ExecuteAsync(context),
}));
app.UseWhen(c => !IsApi(c.Request), pages =>
{
    pages.UseExceptionHandler("/Error");
    pages.UseStatusCodePagesWithReExecute("/Error", "?code={0}");
});
app.UseMiddleware<SecurityHeadersMiddleware>();
app.UseStaticFiles();
app.UseRouting();
app.UseAuthentication();
app.UseMiddleware<ReadAccessMiddleware>();
app.UseAuthorization();

app.MapGet("/healthz", (SearchArchive archive) =>
    Results.Json(new { status = "ok", articles = archive.Store.Count(), indexed = archive.Index.DocCount() }));
app.MapSearchEndpoints();
app.MapArticleEndpoints();
app.MapAnnotationEndpoints();
app.MapFacetEndpoints();
app.MapExportEndpoints();
app.MapRazorPages();

app.Run();
return 0;

static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api") || request.Path.StartsWithSegments("/healthz");

/// <summary>Entry point type, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
