using Microsoft.AspNetCore.Identity;

namespace SearchApp.Core.Users;

/// <summary>ASP.NET Core Identity's password hasher (PBKDF2-HMAC-SHA512, salted, versioned format).</summary>
public static class PasswordHashing
{
    public const int MinLength = 8;
    private static readonly PasswordHasher<UserAccount> Hasher = new();

    public static string Hash(string password) => Hasher.HashPassword(null!, password);

    public static bool Verify(UserAccount user, string password) =>
        Hasher.VerifyHashedPassword(user, user.PasswordHash, password) is PasswordVerificationResult.Success or PasswordVerificationResult.SuccessRehashNeeded;
}
