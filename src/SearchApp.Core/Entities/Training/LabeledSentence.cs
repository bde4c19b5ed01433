namespace SearchApp.Core.Entities.Training;

/// <summary>One CoNLL sentence: tokens and their BIO tags, of equal length.</summary>
public sealed record LabeledSentence(IReadOnlyList<string> Tokens, IReadOnlyList<string> Tags);
