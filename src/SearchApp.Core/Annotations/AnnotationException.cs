namespace SearchApp.Core.Annotations;

/// <summary>An annotation request that cannot be carried out; <see cref="Kind"/> maps to an HTTP status.</summary>
public sealed class AnnotationException : Exception
{
    public AnnotationException(AnnotationError kind, string message)
        : base(message)
    {
        Kind = kind;
    }

    public AnnotationException()
    {
    }

    public AnnotationException(string message)
        : base(message)
    {
    }

    public AnnotationException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public AnnotationError Kind { get; } = AnnotationError.Invalid;
}
