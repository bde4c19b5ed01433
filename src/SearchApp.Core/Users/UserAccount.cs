namespace SearchApp.Core.Users;

/// <summary>A user. <see cref="PasswordHash"/> is ASP.NET Core Identity's PBKDF2 format (never plain text).</summary>
public sealed record UserAccount(string Name, string Role, string PasswordHash, DateTimeOffset Created);
