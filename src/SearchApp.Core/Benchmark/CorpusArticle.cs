using System.Text.Json.Serialization;

namespace SearchApp.Core.Benchmark;

/// <summary>One line of the benchmark corpus (shared/bench/gen_corpus.py), with its own entity lists.</summary>
public sealed record CorpusArticle
{
    [JsonPropertyName("id")]
    public string Id { get; init; } = "";

    [JsonPropertyName("title")]
    public string Title { get; init; } = "";

    [JsonPropertyName("body")]
    public string Body { get; init; } = "";

    [JsonPropertyName("source")]
    public string? Source { get; init; }

    [JsonPropertyName("category")]
    public string? Category { get; init; }

    [JsonPropertyName("published")]
    public string? Published { get; init; }

    [JsonPropertyName("entities")]
    public CorpusEntities? Entities { get; init; }
}
