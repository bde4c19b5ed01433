using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using SearchApp.Core;

namespace SearchApp.Web.Auth;

/// <summary>
/// <c>Authorization: Bearer sa_…</c> for scripts: the token's SHA-256 is looked up in the user store.
/// An unknown token fails authentication (401), it is never treated as anonymous.
/// </summary>
public sealed class BearerTokenHandler : AuthenticationHandler<AuthenticationSchemeOptions>
{
    private readonly SearchArchive _archive;

    public BearerTokenHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, SearchArchive archive)
        : base(options, logger, encoder)
    {
        _archive = archive;
    }

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var token = header["Bearer ".Length..].Trim();
        var user = token.Length == 0 ? null : _archive.Users.FindByToken(token);
        if (user is null)
        {
            return Task.FromResult(AuthenticateResult.Fail("unknown API token"));
        }

        var identity = new ClaimsIdentity(UserClaims.For(user.Name, user.Role), Scheme.Name, ClaimTypes.Name, ClaimTypes.Role);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name)));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }
}
