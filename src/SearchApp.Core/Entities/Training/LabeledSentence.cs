namespace SearchApp.Core.Entities.Training;

/// <summary>One CoNLL sentence: tokens and their BIO tags, of equal length.</summary>
/// <param name="StartsDocument">The sentence follows a <c>-DOCSTART-</c> line (a new article).</param>
public sealed record LabeledSentence(IReadOnlyList<string> Tokens, IReadOnlyList<string> Tags, bool StartsDocument = false);
