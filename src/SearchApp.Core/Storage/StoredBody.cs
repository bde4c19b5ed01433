using System.Text.Json.Serialization;

namespace SearchApp.Core.Storage;

/// <summary>How an annotation body is kept in the store's JSON column.</summary>
internal sealed record StoredBody(
    [property: JsonPropertyName("purpose")] string Purpose,
    [property: JsonPropertyName("value")] string Value,
    [property: JsonPropertyName("format")] string? Format,
    [property: JsonPropertyName("language")] string? Language);
