using System.Security.Cryptography;
using System.Text;

namespace SearchApp.Core.Users;

/// <summary>
/// Bearer tokens for scripts: 32 random bytes, shown once; only their SHA-256 is stored, so a leaked
/// store does not leak usable tokens. (A fast hash is right here: tokens are high-entropy, not passwords.)
/// </summary>
public static class ApiTokens
{
    public const string Prefix = "sa_";

    public static string Create() => Prefix + Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
