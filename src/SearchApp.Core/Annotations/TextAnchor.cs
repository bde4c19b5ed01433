namespace SearchApp.Core.Annotations;

/// <summary>
/// Computes and re-anchors text selectors against an article body, the same way on the server as the
/// browser does (UTF-16 offsets into the canonical body). Re-anchoring follows the order Hypothesis uses:
/// the stored position, then the quote with its context, then an approximate match of the quote; what
/// cannot be found is detached, never dropped.
/// </summary>
public static class TextAnchor
{
    /// <summary>Characters of context kept on each side (the W3C spec leaves it to the implementation).</summary>
    public const int ContextLength = 32;

    /// <summary>An approximate match may differ from the quote in at most this share of its characters.</summary>
    public const double MaxFuzzyErrorRate = 0.2;

    public static TextTarget Create(string body, int start, int end)
    {
        if (!IsValidRange(body, start, end))
        {
            throw new ArgumentOutOfRangeException(nameof(start), $"[{start}, {end}) is not a non-empty range inside a body of {body.Length} characters.");
        }

        return new TextTarget(start, end, body[start..end], body[Math.Max(0, start - ContextLength)..start], body[end..Math.Min(body.Length, end + ContextLength)]);
    }

    /// <summary>
    /// Checks a client's selectors against the body: the position must hold exactly the quoted text. Returns the
    /// target with the server's own prefix and suffix, or an error message for a 400.
    /// </summary>
    public static (TextTarget? Target, string? Error) Validate(string body, int start, int end, string? exact)
    {
        if (!IsValidRange(body, start, end))
        {
            return (null, $"TextPositionSelector [{start}, {end}) is outside the article body (length {body.Length}) or empty.");
        }

        if (exact is not null && !string.Equals(body[start..end], exact, StringComparison.Ordinal))
        {
            return (null, "TextQuoteSelector.exact does not equal the body text at TextPositionSelector [start, end).");
        }

        return (Create(body, start, end), null);
    }

    public static AnchorResult Anchor(string body, TextTarget target)
    {
        if (IsValidRange(body, target.Start, target.End) && string.CompareOrdinal(body, target.Start, target.Exact, 0, target.Exact.Length) == 0 && target.End - target.Start == target.Exact.Length)
        {
            return new AnchorResult(AnchorStatus.Position, target.Start, target.End);
        }

        if (target.Exact.Length == 0)
        {
            return AnchorResult.Detached;
        }

        var best = -1;
        var bestScore = (Context: -1, Distance: int.MaxValue);
        for (var at = body.IndexOf(target.Exact, StringComparison.Ordinal); at >= 0; at = body.IndexOf(target.Exact, at + 1, StringComparison.Ordinal))
        {
            var score = (Context: ContextScore(body, at, at + target.Exact.Length, target), Distance: Math.Abs(at - target.Start));
            if (score.Context > bestScore.Context || (score.Context == bestScore.Context && score.Distance < bestScore.Distance))
            {
                (best, bestScore) = (at, score);
            }
        }

        if (best >= 0)
        {
            return new AnchorResult(AnchorStatus.Quote, best, best + target.Exact.Length);
        }

        return FuzzyFind(body, target.Exact, (int)Math.Floor(target.Exact.Length * MaxFuzzyErrorRate)) is { } fuzzy
            ? new AnchorResult(AnchorStatus.Fuzzy, fuzzy.Start, fuzzy.End)
            : AnchorResult.Detached;
    }

    private static bool IsValidRange(string body, int start, int end) => start >= 0 && end > start && end <= body.Length;

    /// <summary>Characters of stored context that agree with the text around a candidate (closest first).</summary>
    private static int ContextScore(string body, int start, int end, TextTarget target)
    {
        var score = 0;
        for (int i = target.Prefix.Length - 1, j = start - 1; i >= 0 && j >= 0 && target.Prefix[i] == body[j]; i--, j--)
        {
            score++;
        }

        for (int i = 0, j = end; i < target.Suffix.Length && j < body.Length && target.Suffix[i] == body[j]; i++, j++)
        {
            score++;
        }

        return score;
    }

    /// <summary>
    /// Best approximate occurrence of <paramref name="pattern"/> in <paramref name="text"/> with at most
    /// <paramref name="maxErrors"/> edits (Sellers 1980: edit-distance DP where the match may start anywhere),
    /// tracking where each candidate match starts.
    /// </summary>
    internal static (int Start, int End)? FuzzyFind(string text, string pattern, int maxErrors)
    {
        var m = pattern.Length;
        if (m == 0 || maxErrors <= 0)
        {
            return null;
        }

        var cost = new int[m + 1];
        var from = new int[m + 1];
        var nextCost = new int[m + 1];
        var nextFrom = new int[m + 1];
        for (var i = 0; i <= m; i++)
        {
            cost[i] = i;
        }

        (int Start, int End, int Errors)? best = null;
        for (var j = 1; j <= text.Length; j++)
        {
            nextCost[0] = 0;
            nextFrom[0] = j;
            for (var i = 1; i <= m; i++)
            {
                var substitute = cost[i - 1] + (pattern[i - 1] == text[j - 1] ? 0 : 1);
                var skipText = cost[i] + 1;
                var skipPattern = nextCost[i - 1] + 1;
                if (substitute <= skipText && substitute <= skipPattern)
                {
                    (nextCost[i], nextFrom[i]) = (substitute, i == 1 ? j - 1 : from[i - 1]);
                }
                else if (skipText <= skipPattern)
                {
                    (nextCost[i], nextFrom[i]) = (skipText, from[i]);
                }
                else
                {
                    (nextCost[i], nextFrom[i]) = (skipPattern, nextFrom[i - 1]);
                }
            }

            if (nextCost[m] <= maxErrors && (best is null || nextCost[m] < best.Value.Errors))
            {
                best = (nextFrom[m], j, nextCost[m]);
            }

            (cost, nextCost) = (nextCost, cost);
            (from, nextFrom) = (nextFrom, from);
        }

        return best is { } b && b.End > b.Start ? (b.Start, b.End) : null;
    }
}
