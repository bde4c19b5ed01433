namespace SearchApp.Core.Evaluation;

/// <summary>A configuration under evaluation: it answers a query with article ids, best first.</summary>
public interface IRankingSystem : IDisposable
{
    /// <summary>Short name used in reports (baseline, ours, ...).</summary>
    string Name { get; }

    IReadOnlyList<string> Search(string query, int k);
}
