using SearchApp.Core.Entities;

namespace SearchApp.Core.Tests.Entities;

/// <summary>The shipped extractor, loaded once for all tests (it is thread-safe and read-only).</summary>
internal static class SharedExtractor
{
    private static readonly Lazy<EntityExtractor> Instance = new(EntityExtractor.LoadDefault);

    public static EntityExtractor Value => Instance.Value;
}
