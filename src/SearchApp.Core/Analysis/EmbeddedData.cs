using System.Text;

namespace SearchApp.Core.Analysis;

/// <summary>Opens the analysis data files embedded from Analysis/Data (see SearchApp.Core.csproj).</summary>
internal static class EmbeddedData
{
    public static StreamReader Open(string fileName)
    {
        var name = "SearchApp.Core.Analysis.Data." + fileName;
        var stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded resource {name} is missing");
        return new StreamReader(stream, Encoding.UTF8);
    }
}
