namespace SearchApp.Core.Storage;

/// <summary>The store cannot be used (newer schema, unreadable file, ...). The message is meant for the user.</summary>
public sealed class StoreException : Exception
{
    public StoreException(string message)
        : base(message)
    {
    }

    public StoreException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public StoreException()
    {
    }
}
