using System.Text.Json.Serialization;

namespace SearchApp.Core.Storage;

/// <summary>Source-generated JSON for <see cref="StoredBody"/> (no reflection on the hot path).</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(List<StoredBody>))]
[JsonSerializable(typeof(IEnumerable<StoredBody>))]
internal sealed partial class StoredBodyContext : JsonSerializerContext;
