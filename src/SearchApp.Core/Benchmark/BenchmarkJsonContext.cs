using System.Text.Json.Serialization;

namespace SearchApp.Core.Benchmark;

/// <summary>Source-generated JSON metadata: corpus parsing is inside the timed indexing region.</summary>
[JsonSerializable(typeof(CorpusArticle))]
internal sealed partial class BenchmarkJsonContext : JsonSerializerContext;
