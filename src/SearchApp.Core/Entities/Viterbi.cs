namespace SearchApp.Core.Entities;

/// <summary>
/// First-order Viterbi decoding over BIO tags (Rabiner 1989). Transitions that BIO forbids
/// (O → I-X, B-Y → I-X) are never taken, so every output is a well-formed span sequence.
/// </summary>
public static class Viterbi
{
    /// <summary>Per-thread lattices, reused from sentence to sentence (decoding runs once per sentence at ingest).</summary>
    [ThreadStatic]
    private static float[]? t_score;

    [ThreadStatic]
    private static int[]? t_back;

    private static readonly bool[] AllowedPairs = [.. Enumerable.Range(0, BioTags.Count * BioTags.Count)
        .Select(k => BioTags.Allowed(k / BioTags.Count, k % BioTags.Count))];

    /// <param name="emissions">Score of tag t at token i at <c>[i * tags + t]</c>.</param>
    /// <param name="transitions">Score of previous tag p → t at <c>[p * tags + t]</c>; row <c>tags</c> is the start.</param>
    /// <param name="best">Receives the best tag per token.</param>
    public static void Decode(ReadOnlySpan<float> emissions, ReadOnlySpan<float> transitions, int tokens, Span<int> best)
    {
        int tags = BioTags.Count;
        if (tokens == 0)
        {
            return;
        }

        if (t_score is null || t_score.Length < tokens * tags)
        {
            t_score = new float[Math.Max(tokens * tags, 1024)];
            t_back = new int[t_score.Length];
        }

        float[] score = t_score;
        int[] back = t_back!;
        for (int t = 0; t < tags; t++)
        {
            score[t] = BioTags.IsInside(t) ? float.NegativeInfinity : emissions[t] + transitions[(tags * tags) + t];
        }

        for (int i = 1; i < tokens; i++)
        {
            int row = i * tags;
            int prevRow = row - tags;
            for (int t = 0; t < tags; t++)
            {
                float bestScore = float.NegativeInfinity;
                int bestPrev = 0;
                for (int p = 0; p < tags; p++)
                {
                    if (!AllowedPairs[(p * tags) + t])
                    {
                        continue;
                    }

                    float s = score[prevRow + p] + transitions[(p * tags) + t];
                    if (s > bestScore)
                    {
                        bestScore = s;
                        bestPrev = p;
                    }
                }

                score[row + t] = bestScore + emissions[row + t];
                back[row + t] = bestPrev;
            }
        }

        int last = (tokens - 1) * tags;
        int tag = 0;
        for (int t = 1; t < tags; t++)
        {
            if (score[last + t] > score[last + tag])
            {
                tag = t;
            }
        }

        for (int i = tokens - 1; i >= 0; i--)
        {
            best[i] = tag;
            tag = back[(i * tags) + tag];
        }
    }
}
