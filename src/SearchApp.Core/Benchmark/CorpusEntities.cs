using System.Text.Json.Serialization;

namespace SearchApp.Core.Benchmark;

/// <summary>The corpus' entity lists: every engine facets on these same values.</summary>
public sealed record CorpusEntities
{
    [JsonPropertyName("person")]
    public IReadOnlyList<string>? Person { get; init; }

    [JsonPropertyName("org")]
    public IReadOnlyList<string>? Org { get; init; }

    [JsonPropertyName("loc")]
    public IReadOnlyList<string>? Loc { get; init; }
}
