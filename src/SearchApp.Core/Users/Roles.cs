namespace SearchApp.Core.Users;

/// <summary>
/// Roles, weakest first: a reader reads (when reading needs sign-in), an annotator also writes annotations
/// and articles and changes their own annotations, an admin changes anything and manages users.
/// </summary>
public static class Roles
{
    public const string Reader = "reader";
    public const string Annotator = "annotator";
    public const string Admin = "admin";

    public static IReadOnlyList<string> All { get; } = [Reader, Annotator, Admin];

    public static bool IsKnown(string role) => role is Reader or Annotator or Admin;

    public static bool CanWrite(string role) => role is Annotator or Admin;
}
