namespace SearchApp.Core.Annotations;

/// <summary>Result of an update or delete: done, no such annotation, or a stale version (HTTP 412).</summary>
public enum WriteOutcome
{
    Done,
    NotFound,
    VersionMismatch,
}
