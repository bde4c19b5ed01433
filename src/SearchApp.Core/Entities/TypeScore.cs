namespace SearchApp.Core.Entities;

/// <summary>Precision, recall and F1 of one entity type; <see cref="Support"/> is the number of gold spans.</summary>
public sealed record TypeScore(double P, double R, double F1, int Support);
