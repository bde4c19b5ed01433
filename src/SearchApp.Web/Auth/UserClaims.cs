using System.Security.Claims;
using SearchApp.Core.Annotations;

namespace SearchApp.Web.Auth;

/// <summary>Claims for a signed-in user, and the <see cref="Actor"/> Core needs from them.</summary>
public static class UserClaims
{
    public static Claim[] For(string name, string role) => [new(ClaimTypes.Name, name), new(ClaimTypes.Role, role)];

    public static Actor? Actor(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && user.Identity.Name is { } name
            ? new Actor(name, user.FindFirstValue(ClaimTypes.Role) ?? Core.Users.Roles.Reader)
            : null;
}
