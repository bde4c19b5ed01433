namespace SearchApp.Core.Entities;

/// <summary>
/// Finds entity mentions in canonical article text. Two implementations exist: the trained
/// statistical tagger, and <see cref="NoEntityExtractor"/> (ingest without NER, for the
/// throughput comparison and for tests that do not care about entities).
/// Implementations must be thread-safe.
/// </summary>
public interface IEntityExtractor
{
    IReadOnlyList<EntityMention> Extract(string text);

    /// <summary>What produced the mentions; stored with them so a new model triggers re-extraction.</summary>
    string Version => GetType().Name;
}
