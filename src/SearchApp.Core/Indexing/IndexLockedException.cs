namespace SearchApp.Core.Indexing;

/// <summary>Another process holds the index's write lock (a running web app, or another CLI command).</summary>
public sealed class IndexLockedException : Exception
{
    public IndexLockedException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public IndexLockedException(string message)
        : base(message)
    {
    }

    public IndexLockedException()
    {
    }
}
