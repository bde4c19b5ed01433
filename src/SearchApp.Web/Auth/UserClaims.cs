using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using SearchApp.Core.Annotations;

namespace SearchApp.Web.Auth;

/// <summary>Claims for a signed-in user, and the <see cref="Actor"/> Core needs from them.</summary>
public static class UserClaims
{
    public static Claim[] For(string name, string role) => [new(ClaimTypes.Name, name), new(ClaimTypes.Role, role)];

    /// <summary>Signs a user in with the cookie scheme (persistent: the browser keeps it for the cookie's lifetime).</summary>
    public static Task SignInAsync(HttpContext context, string name, string role)
    {
        var identity = new ClaimsIdentity(For(name, role), AuthConstants.CookieScheme, ClaimTypes.Name, ClaimTypes.Role);
        return context.SignInAsync(AuthConstants.CookieScheme, new ClaimsPrincipal(identity), new AuthenticationProperties { IsPersistent = true });
    }

    public static Actor? Actor(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && user.Identity.Name is { } name
            ? new Actor(name, user.FindFirstValue(ClaimTypes.Role) ?? Core.Users.Roles.Reader)
            : null;
}
