namespace SearchApp.Core.Annotations;

/// <summary>
/// What a client asks to store: the target and the bodies. <see cref="Start"/>/<see cref="End"/> are -1 when
/// the client sent only a TextQuoteSelector; the quote (with <see cref="Prefix"/>/<see cref="Suffix"/> to
/// choose among repeats) is then anchored in the body.
/// </summary>
public sealed record AnnotationDraft(string ArticleId, int Start, int End, string? Exact, IReadOnlyList<AnnotationBody> Bodies)
{
    public string? Prefix { get; init; }

    public string? Suffix { get; init; }
}
