using System.Net;
using SearchApp.Web.Tests.Support;

namespace SearchApp.Web.Tests.Api;

/// <summary>Reading is open by default; SearchApp:RequireSignInToRead closes it to anonymous users.</summary>
public sealed class ReadAccessTests : IDisposable
{
    private readonly SearchAppFactory _closed = new() { Settings = { ["SearchApp:RequireSignInToRead"] = "true" } };

    public void Dispose() => _closed.Dispose();

    [Fact]
    public async Task With_sign_in_required_anonymous_reads_are_refused_but_signing_in_is_possible()
    {
        var anonymous = _closed.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(new Uri("/api/search?q=x", UriKind.Relative))).StatusCode);
        var page = await anonymous.GetAsync(new Uri("/?q=x", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/login", page.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(new Uri("/login", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task With_sign_in_required_a_reader_token_may_read()
    {
        var reader = ApiClient.As(_closed, "rita", "reader");
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(new Uri("/api/search?q=x", UriKind.Relative))).StatusCode);
    }
}
