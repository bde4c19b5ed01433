namespace SearchApp.Core.Entities;

/// <summary>An extractor that finds nothing.</summary>
public sealed class NoEntityExtractor : IEntityExtractor
{
    public static NoEntityExtractor Instance { get; } = new();

    public IReadOnlyList<EntityMention> Extract(string text) => [];
}
