namespace SearchApp.Core.Annotations;

/// <summary>
/// Where an annotation points in an article body: a W3C TextPositionSelector (UTF-16 <see cref="Start"/>,
/// <see cref="End"/>) and a TextQuoteSelector (<see cref="Exact"/> with up to
/// <see cref="TextAnchor.ContextLength"/> characters of <see cref="Prefix"/> and <see cref="Suffix"/>).
/// </summary>
public sealed record TextTarget(int Start, int End, string Exact, string Prefix, string Suffix);
