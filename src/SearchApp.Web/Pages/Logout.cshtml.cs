using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SearchApp.Web.Auth;

namespace SearchApp.Web.Pages;

/// <summary>Sign-out is a POST with an antiforgery token (a GET link could be triggered by another site).</summary>
public sealed class LogoutModel : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(AuthConstants.CookieScheme);
        return Redirect("/");
    }
}
