namespace SearchApp.Core.Analysis;

/// <summary>One token of the shared front of the chain, as <see cref="ReplayTokenStream"/> plays it back.</summary>
public readonly record struct RecordedToken(char[] Term, int Start, int End, int PositionIncrement);
