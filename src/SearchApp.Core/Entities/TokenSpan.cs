namespace SearchApp.Core.Entities;

/// <summary>An entity over tokens <c>[Start, End)</c> of one sentence.</summary>
public readonly record struct TokenSpan(string Type, int Start, int End);
