using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SearchApp.Core;
using SearchApp.Core.Users;
using SearchApp.Web.Auth;

namespace SearchApp.Web.Pages;

/// <summary>Cookie sign-in. Failures say only "wrong name or password" and cost a short delay.</summary>
public sealed class LoginModel : PageModel
{
    private readonly SearchArchive _archive;

    public LoginModel(SearchArchive archive) => _archive = archive;

    [BindProperty]
    [Required]
    public string Name { get; set; } = string.Empty;

    [BindProperty]
    [Required]
    public string Password { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public bool NoUsersYet => _archive.Users.Count() == 0;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = ModelState.IsValid ? _archive.Users.Get(Name.Trim()) : null;
        if (user is null || !PasswordHashing.Verify(user, Password))
        {
            await Task.Delay(TimeSpan.FromMilliseconds(400));
            Error = "اسم المستخدم أو كلمة المرور غير صحيحة.";
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Page();
        }

        await UserClaims.SignInAsync(HttpContext, user.Name, user.Role);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }
}
