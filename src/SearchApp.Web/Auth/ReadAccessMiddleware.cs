using Microsoft.Extensions.Options;
using SearchApp.Web.Services;

namespace SearchApp.Web.Auth;

/// <summary>
/// Reading is open by default; with <c>SearchApp:RequireSignInToRead</c> every page and API call except
/// sign-in, first-run setup, health and static files needs a signed-in user.
/// </summary>
public sealed class ReadAccessMiddleware
{
    private static readonly string[] OpenPaths = ["/login", "/logout", "/setup", "/healthz", "/css", "/js", "/Error"];
    private readonly RequestDelegate _next;

    public ReadAccessMiddleware(RequestDelegate next) => _next = next;

    public Task InvokeAsync(HttpContext context, IOptions<SearchAppOptions> options)
    {
        if (!options.Value.RequireSignInToRead || context.User.Identity?.IsAuthenticated == true ||
            OpenPaths.Any(p => context.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
        {
            return _next(context);
        }

        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Task.CompletedTask;
        }

        context.Response.Redirect("/login?returnUrl=" + Uri.EscapeDataString(context.Request.Path + context.Request.QueryString));
        return Task.CompletedTask;
    }
}
