namespace SearchApp.Core.Search;

/// <summary>A request that cannot be served (HTTP 400); the message is shown to the user.</summary>
public sealed class SearchRequestException : Exception
{
    public SearchRequestException(string message)
        : base(message)
    {
    }

    public SearchRequestException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public SearchRequestException()
    {
    }
}
