using Microsoft.AspNetCore.Authentication.Cookies;
using SearchApp.Core.Users;

namespace SearchApp.Web.Auth;

/// <summary>
/// Cookie sign-in for people, bearer tokens for scripts, and role policies. API calls get 401/403 status
/// codes, never a redirect to the sign-in page.
/// </summary>
public static class AuthSetup
{
    public static IServiceCollection AddSearchAppAuth(this IServiceCollection services)
    {
        services.AddAuthentication(AuthConstants.SmartScheme)
            .AddPolicyScheme(AuthConstants.SmartScheme, "cookie or bearer", o =>
                o.ForwardDefaultSelector = c => c.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? AuthConstants.BearerScheme
                    : AuthConstants.CookieScheme)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, BearerTokenHandler>(AuthConstants.BearerScheme, null)
            .AddCookie(AuthConstants.CookieScheme, o =>
            {
                o.LoginPath = "/login";
                o.LogoutPath = "/logout";
                o.AccessDeniedPath = "/login";
                o.Cookie.Name = "searchapp.auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.SlidingExpiration = true;
                o.ExpireTimeSpan = TimeSpan.FromDays(7);
                o.Events = new CookieAuthenticationEvents
                {
                    OnRedirectToLogin = c => ApiStatusOr(c, StatusCodes.Status401Unauthorized),
                    OnRedirectToAccessDenied = c => ApiStatusOr(c, StatusCodes.Status403Forbidden),
                };
            });
        services.AddAuthorizationBuilder()
            .AddPolicy(AuthConstants.WritePolicy, p => p.RequireAuthenticatedUser().RequireRole(Roles.Annotator, Roles.Admin))
            .AddPolicy(AuthConstants.AdminPolicy, p => p.RequireAuthenticatedUser().RequireRole(Roles.Admin));
        services.AddAntiforgery(o =>
        {
            o.HeaderName = AuthConstants.AntiforgeryHeader;
            o.Cookie.Name = "searchapp.af";
        });
        return services;
    }

    private static Task ApiStatusOr(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
