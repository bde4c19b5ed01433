using System.Globalization;
using System.Text;
using System.Text.Json;

namespace SearchApp.Core.Evaluation;

/// <summary>Formats evaluation results as one JSON object and as Markdown tables (overall, per query type,
/// optionally per query).</summary>
public static class EvaluationReport
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string Json(IReadOnlyList<SystemResult> results, int judgments, bool perQuery)
    {
        var systems = results.ToDictionary(r => r.System, r => (object)new
        {
            queries = r.Overall.Queries,
            p10 = Round(r.Overall.PrecisionAt10),
            mrr = Round(r.Overall.Mrr),
            ndcg10 = Round(r.Overall.NdcgAt10),
            unjudged_in_top10 = r.Overall.Unjudged,
            by_type = r.ByType.ToDictionary(t => t.Key, t => new { queries = t.Value.Queries, p10 = Round(t.Value.PrecisionAt10), mrr = Round(t.Value.Mrr), ndcg10 = Round(t.Value.NdcgAt10) }),
            per_query = perQuery
                ? r.PerQuery.Select(q => new { id = q.QueryId, type = q.Type, p10 = Round(q.PrecisionAt10), rr = Round(q.ReciprocalRank), ndcg10 = Round(q.NdcgAt10), unjudged = q.Unjudged, top = q.Top })
                : null,
        });
        return JsonSerializer.Serialize(new { judgments, systems }, Indented);
    }

    public static string Markdown(IReadOnlyList<SystemResult> results, IReadOnlyList<EvalQuery> queries, bool perQuery)
    {
        var md = new StringBuilder();
        md.AppendLine("| system | queries | P@10 | MRR | nDCG@10 | unjudged in top 10 |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            var o = r.Overall;
            md.AppendLine(Inv($"| {r.System} | {o.Queries} | {o.PrecisionAt10:F3} | {o.Mrr:F3} | {o.NdcgAt10:F3} | {o.Unjudged} |"));
        }

        md.AppendLine();
        md.Append("| type | queries |");
        md.AppendJoin(string.Empty, results.Select(r => $" {r.System} P@10 | {r.System} MRR | {r.System} nDCG@10 |"));
        md.AppendLine();
        md.Append("|---|---:|").AppendJoin(string.Empty, results.Select(_ => "---:|---:|---:|")).AppendLine();
        foreach (var type in results[0].ByType.Keys)
        {
            md.Append(Inv($"| {type} | {results[0].ByType[type].Queries} |"));
            foreach (var r in results)
            {
                var t = r.ByType[type];
                md.Append(Inv($" {t.PrecisionAt10:F3} | {t.Mrr:F3} | {t.NdcgAt10:F3} |"));
            }

            md.AppendLine();
        }

        if (perQuery)
        {
            AppendPerQuery(md, results, queries);
        }

        return md.ToString();
    }

    private static void AppendPerQuery(StringBuilder md, IReadOnlyList<SystemResult> results, IReadOnlyList<EvalQuery> queries)
    {
        var text = queries.ToDictionary(q => q.Id, q => q.Text, StringComparer.Ordinal);
        md.AppendLine();
        md.Append("| id | query | type |").AppendJoin(string.Empty, results.Select(r => $" {r.System} P@10 | {r.System} nDCG@10 |")).AppendLine();
        md.Append("|---|---|---|").AppendJoin(string.Empty, results.Select(_ => "---:|---:|")).AppendLine();
        foreach (var q in results[0].PerQuery)
        {
            md.Append(Inv($"| {q.QueryId} | {text[q.QueryId].Replace("|", "\\|", StringComparison.Ordinal)} | {q.Type} |"));
            foreach (var r in results)
            {
                var s = r.PerQuery.First(x => x.QueryId == q.QueryId);
                md.Append(Inv($" {s.PrecisionAt10:F1} | {s.NdcgAt10:F3} |"));
            }

            md.AppendLine();
        }
    }

    private static double Round(double x) => Math.Round(x, 4);

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
