namespace SearchApp.Core.Entities;

/// <summary>
/// What the unlabelled news corpus says about one normalised word: how often it occurs, its most
/// frequent spelling (for display), its word clusters at three granularities (1-based; 0 = none),
/// and its most plausible form without proclitics.
/// </summary>
public sealed record LexiconEntry(long Count, string Display, int Coarse, int Middle, int Fine, string Stripped);
