using System.Globalization;
using System.Text;

namespace SearchApp.Core.Entities.Training;

/// <summary>
/// Scores of k-fold cross-validation on the training file, per fold, epoch and O penalty: every
/// choice of the trainer is made on the mean over folds (never on test data), and the spread
/// across folds says which differences are noise.
/// </summary>
public sealed class CrossValidation(int folds, int epochs, IReadOnlyList<string> settings)
{
    private readonly SpanScorer?[,,] _scores = new SpanScorer?[folds, epochs, settings.Count];

    public int Folds { get; } = folds;

    /// <summary>What varies besides the epoch (O penalty, a post-processing switch), as labels for the report.</summary>
    public IReadOnlyList<string> Settings { get; } = settings;

    public void Record(int fold, int epoch, int setting, SpanScorer scorer) => _scores[fold, epoch - 1, setting] = scorer;

    /// <summary>Mean and standard deviation over folds of micro F1 (or of one type's F1).</summary>
    public (double Mean, double Sd) F1(int epoch, int penalty, string? type = null)
    {
        var values = new List<double>();
        for (int f = 0; f < Folds; f++)
        {
            if (_scores[f, epoch - 1, penalty] is { } s)
            {
                values.Add(type is null ? s.Micro().F1 : s.Score(type).F1);
            }
        }

        if (values.Count == 0)
        {
            return (double.NaN, double.NaN);
        }

        double mean = values.Average();
        return (mean, Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / Math.Max(1, values.Count - 1)));
    }

    /// <summary>The epoch and penalty index with the best mean micro F1 (earliest and smallest on ties).</summary>
    public (int Epoch, int Penalty) Best()
    {
        (int, int) best = (1, 0);
        double bestF1 = -1;
        for (int e = 1; e <= _scores.GetLength(1); e++)
        {
            for (int p = 0; p < Settings.Count; p++)
            {
                double f1 = F1(e, p).Mean;
                if (f1 > bestF1)
                {
                    (bestF1, best) = (f1, (e, p));
                }
            }
        }

        return best;
    }

    /// <summary>Counts pooled over folds at one setting.</summary>
    public SpanScorer Pooled(int epoch, int penalty)
    {
        var pooled = new SpanScorer();
        for (int f = 0; f < Folds; f++)
        {
            if (_scores[f, epoch - 1, penalty] is { } s)
            {
                pooled.Merge(s);
            }
        }

        return pooled;
    }

    /// <summary>One line per epoch (mean micro F1 at each penalty), then the best setting per type.</summary>
    public string Report()
    {
        var sb = new StringBuilder();
        for (int e = 1; e <= _scores.GetLength(1); e++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"  cv epoch {e,2}:");
            if (e == 1)
            {
                sb.Clear().Append("  cv settings:  ").AppendJoin(" | ", Settings).AppendLine().Append(CultureInfo.InvariantCulture, $"  cv epoch {e,2}:");
            }
            for (int p = 0; p < Settings.Count; p++)
            {
                sb.Append(CultureInfo.InvariantCulture, $" {F1(e, p).Mean:0.0000}");
            }

            sb.AppendLine();
        }

        var (be, bp) = Best();
        sb.Append(CultureInfo.InvariantCulture, $"  cv best: epoch {be}, {Settings[bp]}:");
        foreach (string type in new[] { "PER", "LOC", "ORG" })
        {
            var (m, sd) = F1(be, bp, type);
            sb.Append(CultureInfo.InvariantCulture, $" {type} {m:0.0000}±{sd:0.0000}");
        }

        var (mm, msd) = F1(be, bp);
        sb.Append(CultureInfo.InvariantCulture, $" micro {mm:0.0000}±{msd:0.0000}; folds");
        for (int f = 0; f < Folds; f++)
        {
            sb.Append(CultureInfo.InvariantCulture, $" {_scores[f, be - 1, bp]?.Micro().F1:0.0000}");
        }

        var pooled = Pooled(be, bp);
        sb.Append("; recall on names unseen in training:");
        foreach (string? type in new[] { "PER", "LOC", "ORG", null })
        {
            var (r, n) = pooled.Unseen(type);
            sb.Append(CultureInfo.InvariantCulture, $" {type ?? "all"} {r:0.0000} ({n})");
        }

        return sb.ToString();
    }
}
