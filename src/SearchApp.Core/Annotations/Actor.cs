namespace SearchApp.Core.Annotations;

/// <summary>Who is writing: a signed-in user's name and role.</summary>
public sealed record Actor(string Name, string Role)
{
    public bool IsAdmin => Role == Users.Roles.Admin;

    public bool CanWrite => Users.Roles.CanWrite(Role);

    /// <summary>An annotator changes only their own annotations; an admin changes any.</summary>
    public bool MayChange(Annotation a) => IsAdmin || (CanWrite && string.Equals(a.Author, Name, StringComparison.OrdinalIgnoreCase));
}
