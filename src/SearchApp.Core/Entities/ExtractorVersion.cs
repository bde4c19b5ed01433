using System.Reflection;
using System.Security.Cryptography;

namespace SearchApp.Core.Entities;

/// <summary>
/// Identifies what the shipped extractor would produce: a hash of every embedded NER resource (model,
/// lexicon, gazetteers, aliases) plus <see cref="RulesVersion"/> for changes in code (canonicalisation,
/// tokenisation). The store remembers the version its entities were extracted with; a different one makes
/// the archive re-extract at start-up, so facets never mix two models' output.
/// </summary>
public static class ExtractorVersion
{
    /// <summary>Bump when extraction or canonicalisation code changes what it outputs.</summary>
    public const string RulesVersion = "rules-17";

    private static readonly Lazy<string> Computed = new(Compute);

    public static string Current => Computed.Value;

    private static string Compute()
    {
        var assembly = typeof(ExtractorVersion).Assembly;
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("ner/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(name));
            var buffer = new byte[1 << 16];
            int read;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                hash.AppendData(buffer, 0, read);
            }
        }

        return RulesVersion + "-" + Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }
}
