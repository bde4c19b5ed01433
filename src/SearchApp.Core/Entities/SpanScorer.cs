using System.Globalization;
using System.Text;

namespace SearchApp.Core.Entities;

/// <summary>
/// Exact-span scoring as CoNLL-2003's conlleval does it: a predicted span counts only when its
/// type, start and end all equal a gold span's; a partial overlap is both a false positive and a
/// false negative. Micro scores pool PER, LOC and ORG (MISC is learned but not scored).
/// </summary>
public sealed class SpanScorer
{
    public static IReadOnlyList<string> ScoredTypes { get; } = EntityTypes.All.Order(StringComparer.Ordinal).ToArray();

    private readonly Dictionary<string, (int Tp, int Fp, int Fn)> _counts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Hit, int Total)> _unseen = new(StringComparer.Ordinal);

    /// <summary>Counts a gold name that the training data never labelled with its type, and whether it was found exactly.</summary>
    public void AddUnseen(string type, bool found)
    {
        var c = _unseen.GetValueOrDefault(type);
        _unseen[type] = (c.Hit + (found ? 1 : 0), c.Total + 1);
    }

    /// <summary>Recall on gold names unseen in training (NaN when none were counted).</summary>
    public (double Recall, int Total) Unseen(string? type = null)
    {
        var c = type is null
            ? _unseen.Where(p => ScoredTypes.Contains(p.Key)).Aggregate((Hit: 0, Total: 0), (a, p) => (a.Hit + p.Value.Hit, a.Total + p.Value.Total))
            : _unseen.GetValueOrDefault(type);
        return (c.Total == 0 ? double.NaN : (double)c.Hit / c.Total, c.Total);
    }

    public void Add(IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        if (gold.Count != predicted.Count)
        {
            throw new ArgumentException("gold and predicted tag sequences differ in length");
        }

        var goldSpans = BioTags.Spans(gold).Where(s => EntityTypes.IsKnown(s.Type)).ToHashSet();
        var predictedSpans = BioTags.Spans(predicted).Where(s => EntityTypes.IsKnown(s.Type)).ToList();
        foreach (var span in predictedSpans)
        {
            var c = _counts.GetValueOrDefault(span.Type);
            _counts[span.Type] = goldSpans.Remove(span) ? (c.Tp + 1, c.Fp, c.Fn) : (c.Tp, c.Fp + 1, c.Fn);
        }

        foreach (var span in goldSpans)
        {
            var c = _counts.GetValueOrDefault(span.Type);
            _counts[span.Type] = (c.Tp, c.Fp, c.Fn + 1);
        }
    }

    /// <summary>Adds another scorer's counts (to pool folds).</summary>
    public void Merge(SpanScorer other)
    {
        ArgumentNullException.ThrowIfNull(other);
        foreach (var (type, c) in other._counts)
        {
            var mine = _counts.GetValueOrDefault(type);
            _counts[type] = (mine.Tp + c.Tp, mine.Fp + c.Fp, mine.Fn + c.Fn);
        }

        foreach (var (type, c) in other._unseen)
        {
            var mine = _unseen.GetValueOrDefault(type);
            _unseen[type] = (mine.Hit + c.Hit, mine.Total + c.Total);
        }
    }

    public TypeScore Score(string type) => Make(_counts.GetValueOrDefault(type));

    public TypeScore Micro()
    {
        var sum = (Tp: 0, Fp: 0, Fn: 0);
        foreach (string type in ScoredTypes)
        {
            var c = _counts.GetValueOrDefault(type);
            sum = (sum.Tp + c.Tp, sum.Fp + c.Fp, sum.Fn + c.Fn);
        }

        return Make(sum);
    }

    /// <summary>The contract's JSON: <c>{"PER":{"p","r","f1","support"},"LOC":..,"ORG":..,"micro":..}</c>.</summary>
    public string ToJson()
    {
        var sb = new StringBuilder("{");
        foreach (string type in new[] { "PER", "LOC", "ORG" })
        {
            Append(sb, type, Score(type)).Append(',');
        }

        return Append(sb, "micro", Micro()).Append('}').ToString();
    }

    private static StringBuilder Append(StringBuilder sb, string name, TypeScore s) =>
        sb.Append(CultureInfo.InvariantCulture,
            $"\"{name}\":{{\"p\":{s.P:0.0000},\"r\":{s.R:0.0000},\"f1\":{s.F1:0.0000},\"support\":{s.Support}}}");

    private static TypeScore Make((int Tp, int Fp, int Fn) c)
    {
        double p = c.Tp + c.Fp == 0 ? 0 : (double)c.Tp / (c.Tp + c.Fp);
        double r = c.Tp + c.Fn == 0 ? 0 : (double)c.Tp / (c.Tp + c.Fn);
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new TypeScore(p, r, f, c.Tp + c.Fn);
    }
}
