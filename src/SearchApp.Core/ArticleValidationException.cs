namespace SearchApp.Core;

/// <summary>An article that cannot be stored (missing id or body, bad date). The message is for the user.</summary>
public sealed class ArticleValidationException : Exception
{
    public ArticleValidationException(string message)
        : base(message)
    {
    }

    public ArticleValidationException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public ArticleValidationException()
    {
    }
}
