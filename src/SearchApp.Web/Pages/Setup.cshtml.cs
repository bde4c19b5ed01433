using System.ComponentModel.DataAnnotations;
using System.Net;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SearchApp.Core;
using SearchApp.Core.Users;
using SearchApp.Web.Auth;

namespace SearchApp.Web.Pages;

/// <summary>
/// One-time creation of the first admin, offered only while no user exists and only to requests from this
/// machine (loopback), so a fresh install exposed on a network cannot be claimed by someone else.
/// </summary>
public sealed class SetupModel : PageModel
{
    private readonly SearchArchive _archive;

    public SetupModel(SearchArchive archive) => _archive = archive;

    [BindProperty]
    [Required]
    public string Name { get; set; } = string.Empty;

    [BindProperty]
    [Required]
    public string Password { get; set; } = string.Empty;

    public string? Error { get; private set; }

    public string? Token { get; private set; }

    public IActionResult OnGet() => Allowed() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!Allowed())
        {
            return NotFound();
        }

        if (!ModelState.IsValid || Password.Length < PasswordHashing.MinLength)
        {
            Error = $"اختر اسمًا وكلمة مرور من {PasswordHashing.MinLength} أحرف على الأقل.";
            return Page();
        }

        try
        {
            Token = _archive.Users.Add(Name.Trim(), Roles.Admin, PasswordHashing.Hash(Password), onlyIfNoUsers: true);
        }
        catch (ArgumentException ex)
        {
            Error = ex.Message;
            return Page();
        }
        catch (InvalidOperationException)
        {
            return NotFound();
        }

        await UserClaims.SignInAsync(HttpContext, Name.Trim(), Roles.Admin);
        return Page();
    }

    private bool Allowed() => Token is not null || (_archive.Users.Count() == 0 && IsLocal(HttpContext));

    private static bool IsLocal(HttpContext context)
    {
        var remote = context.Connection.RemoteIpAddress;
        return remote is null || IPAddress.IsLoopback(remote);
    }
}
