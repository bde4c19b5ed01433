namespace SearchApp.Core.Entities.Training;

/// <summary>
/// Perceptron weights with lazy averaging (Daumé III 2006, thesis §2.2.1): alongside each weight w
/// keep u, the sum of c·Δ over updates made at step c; the average over all steps is then w − u/c,
/// with no per-step pass over the weights.
/// </summary>
/// <param name="costs">Cost-augmented training (Taskar et al. 2004; Gimpel &amp; Smith 2010): while learning,
/// decoding adds <c>costs[gold]</c> to every tag but the gold one, so a sentence counts as wrong
/// unless the gold tags win by that margin; null for the plain perceptron.</param>
internal sealed class AveragedWeights(int size, int transitionSize, float[]? costs = null) : IOnlineLearner
{
    private static readonly int Tags = BioTags.Count;

    private readonly float[] _w = new float[size];
    private readonly double[] _u = new double[size];
    private readonly float[] _t = new float[transitionSize];
    private readonly double[] _tu = new double[transitionSize];
    private long _step = 1;

    /// <summary>Decodes with the current weights and, when wrong, moves towards the gold tags. True when wrong.</summary>
    public bool Learn(EncodedSentence s)
    {
        var predicted = Decode(s, _w, _t, costs);
        bool wrong = !predicted.AsSpan().SequenceEqual(s.Gold);
        if (wrong)
        {
            for (int i = 0; i < s.Tokens; i++)
            {
                int gold = s.Gold[i], guess = predicted[i];
                int prevGold = i == 0 ? Tags : s.Gold[i - 1], prevGuess = i == 0 ? Tags : predicted[i - 1];
                if (gold != guess)
                {
                    for (int k = s.Offsets[i]; k < s.Offsets[i + 1]; k++)
                    {
                        int row = s.Features[k] * Tags;
                        Update(_w, _u, row + gold, 1);
                        Update(_w, _u, row + guess, -1);
                    }
                }

                if (gold != guess || prevGold != prevGuess)
                {
                    Update(_t, _tu, (prevGold * Tags) + gold, 1);
                    Update(_t, _tu, (prevGuess * Tags) + guess, -1);
                }
            }
        }

        _step++;
        return wrong;
    }

    public (float[] Weights, float[] Transitions) Snapshot() => (Average(_w, _u), Average(_t, _tu));

    public void EndEpoch(int epoch)
    {
    }

    public static int[] Decode(EncodedSentence s, float[] w, float[] transitions, float[]? costs = null)
    {
        var emissions = new float[s.Tokens * Tags];
        for (int i = 0; i < s.Tokens; i++)
        {
            for (int k = s.Offsets[i]; k < s.Offsets[i + 1]; k++)
            {
                int row = s.Features[k] * Tags;
                for (int t = 0; t < Tags; t++)
                {
                    emissions[(i * Tags) + t] += w[row + t];
                }
            }

            for (int t = 0; costs is not null && t < Tags; t++)
            {
                emissions[(i * Tags) + t] += t == s.Gold[i] ? 0 : costs[s.Gold[i]];
            }
        }

        var best = new int[s.Tokens];
        Viterbi.Decode(emissions, transitions, s.Tokens, best);
        return best;
    }

    private void Update(float[] w, double[] u, int index, int delta)
    {
        w[index] += delta;
        u[index] += (double)_step * delta;
    }

    private float[] Average(float[] w, double[] u)
    {
        var avg = new float[w.Length];
        for (int i = 0; i < w.Length; i++)
        {
            avg[i] = (float)(w[i] - (u[i] / _step));
        }

        return avg;
    }
}
