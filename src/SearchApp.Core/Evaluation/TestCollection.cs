using System.Globalization;
using System.Text;

namespace SearchApp.Core.Evaluation;

/// <summary>
/// Reads and writes the test collection in <c>eval/</c>: <c>queries.tsv</c> (id, query, type, need) and
/// <c>qrels.tsv</c> (query id, article id, grade 0/1/2). Both are tab-separated with a header line;
/// lines starting with # are comments.
/// </summary>
public static class TestCollection
{
    public static IReadOnlyList<EvalQuery> ReadQueries(string path)
    {
        var queries = new List<EvalQuery>();
        foreach (var (cols, line) in Rows(path, "id"))
        {
            if (cols.Length < 4)
            {
                throw new FormatException($"{path}:{line}: expected id, query, type, need");
            }

            queries.Add(new EvalQuery(cols[0], cols[1], cols[2], cols[3]));
        }

        return queries;
    }

    public static RelevanceJudgments ReadQrels(string path)
    {
        var judgments = new RelevanceJudgments();
        if (!File.Exists(path))
        {
            return judgments;
        }

        foreach (var (cols, line) in Rows(path, "query"))
        {
            if (cols.Length < 3 || !int.TryParse(cols[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out var grade) || grade is < 0 or > 2)
            {
                throw new FormatException($"{path}:{line}: expected query id, article id, grade 0/1/2");
            }

            judgments.Set(cols[0], cols[1], grade);
        }

        return judgments;
    }

    public static void WriteQrels(string path, RelevanceJudgments judgments)
    {
        var text = new StringBuilder("query\tarticle\tgrade\n");
        foreach (var (query, article, grade) in judgments.All())
        {
            text.Append(CultureInfo.InvariantCulture, $"{query}\t{article}\t{grade}\n");
        }

        File.WriteAllText(path, text.ToString());
    }

    private static IEnumerable<(string[] Cols, int Line)> Rows(string path, string header)
    {
        var n = 0;
        foreach (var raw in File.ReadLines(path, Encoding.UTF8))
        {
            n++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#' || (n == 1 && line.StartsWith(header, StringComparison.Ordinal)))
            {
                continue;
            }

            yield return (line.Split('\t').Select(c => c.Trim()).ToArray(), n);
        }
    }
}
