namespace SearchApp.Web.Auth;

/// <summary>Scheme and policy names.</summary>
public static class AuthConstants
{
    /// <summary>Chooses Bearer when an Authorization header is present, the cookie otherwise.</summary>
    public const string SmartScheme = "smart";
    public const string BearerScheme = "Bearer";
    public const string CookieScheme = "Cookies";

    public const string WritePolicy = "write";
    public const string AdminPolicy = "admin";

    /// <summary>Header the browser's scripts send the antiforgery token in.</summary>
    public const string AntiforgeryHeader = "RequestVerificationToken";
}
