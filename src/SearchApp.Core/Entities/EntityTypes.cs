namespace SearchApp.Core.Entities;

/// <summary>The entity types we facet on, as the CoNLL tag suffixes spell them.</summary>
public static class EntityTypes
{
    public const string Person = "PER";
    public const string Organization = "ORG";
    public const string Location = "LOC";

    public static IReadOnlyList<string> All { get; } = [Person, Organization, Location];

    public static bool IsKnown(string type) => type is Person or Organization or Location;
}
