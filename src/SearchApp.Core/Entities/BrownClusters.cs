using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace SearchApp.Core.Entities;

/// <summary>
/// Brown cluster bit strings of normalised words (built by <see cref="Training.BrownClusterer"/>
/// from unlabelled news). Features use prefixes of the path, so one table gives classes at several
/// granularities (Miller et al. 2004; Ratinov &amp; Roth 2009 use prefixes of length 4, 6, 10, 20).
/// File: gzip'd UTF-8 lines <c>bits TAB word TAB count</c>, the format of Liang's wcluster.
/// </summary>
public sealed class BrownClusters
{
    /// <summary>Longest path kept; prefix features never look deeper.</summary>
    public const int MaxBits = 32;

    private readonly Dictionary<string, (uint Bits, int Length)> _paths;

    private BrownClusters(Dictionary<string, (uint, int)> paths) => _paths = paths;

    public static BrownClusters Empty { get; } = new(new Dictionary<string, (uint, int)>(StringComparer.Ordinal));

    public int Count => _paths.Count;

    /// <summary>The path of a normalised word as its first bits (most significant first) and length; length 0 when unknown.</summary>
    public (uint Bits, int Length) Find(string normalized) => _paths.GetValueOrDefault(normalized);

    /// <summary>A key for the first <paramref name="length"/> bits of a path (the whole path when shorter), distinct across lengths.</summary>
    public static ulong Prefix((uint Bits, int Length) path, int length)
    {
        int k = Math.Min(length, path.Length);
        ulong top = k == 0 ? 0 : path.Bits >> (32 - k);
        return ((ulong)k << 32) | top;
    }

    public static BrownClusters Read(Stream gzipped)
    {
        using var gz = new GZipStream(gzipped, CompressionMode.Decompress);
        using var reader = new StreamReader(gz, Encoding.UTF8);
        var paths = new Dictionary<string, (uint, int)>(60_000, StringComparer.Ordinal);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            string[] f = line.Split('\t');
            if (f.Length != 3 || f[0].Length == 0 || f[0].Any(c => c is not ('0' or '1')))
            {
                throw new FormatException($"brown cluster line '{line}' is not 'bits TAB word TAB count'");
            }

            int length = Math.Min(MaxBits, f[0].Length);
            uint bits = 0;
            for (int i = 0; i < length; i++)
            {
                bits |= (uint)(f[0][i] - '0') << (31 - i);
            }

            paths[f[1]] = (bits, length);
        }

        return new BrownClusters(paths);
    }

    public static void Write(Stream output, IEnumerable<(string Word, string Bits, long Count)> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        using var gz = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new StreamWriter(gz, new UTF8Encoding(false)) { NewLine = "\n" };
        foreach (var (word, bits, count) in entries)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{bits}\t{word}\t{count}"));
        }
    }
}
