namespace SearchApp.Core.Entities.Training;

/// <summary>
/// Linear-chain CRF (Lafferty, McCallum &amp; Pereira 2001) trained by stochastic gradient ascent
/// on the L2-regularised log-likelihood, with the regulariser applied lazily through a global
/// scale factor (Bottou 2010, "Large-Scale Machine Learning with SGD", as in CRFsuite's l2sgd).
/// Marginals come from scaled forward–backward over the same BIO-constrained transitions the
/// Viterbi decoder uses. Unlike the perceptron, every feature keeps learning after a sentence is
/// right, which spreads weight onto the generalising features (clusters, affixes, context).
/// </summary>
internal sealed class CrfWeights(int size, int transitionSize, int sentences, double c2, double initialRate) : IOnlineLearner
{
    private static readonly int Tags = BioTags.Count;

    private readonly float[] _v = new float[size];
    private readonly float[] _t = new float[transitionSize];
    private readonly double _lambda = c2 / sentences;
    private double _scale = 1;
    private readonly double _initialRate = initialRate;
    private double _eta = initialRate;
    private long _step;

    public bool Learn(EncodedSentence s)
    {
        int n = s.Tokens;
        var psi = new double[n * Tags];
        for (int i = 0; i < n; i++)
        {
            for (int k = s.Offsets[i]; k < s.Offsets[i + 1]; k++)
            {
                int row = s.Features[k] * Tags;
                for (int t = 0; t < Tags; t++)
                {
                    psi[(i * Tags) + t] += _v[row + t];
                }
            }
        }

        for (int i = 0; i < psi.Length; i++)
        {
            psi[i] = Math.Exp(Math.Clamp(psi[i] * _scale, -50, 50));
        }

        var m = new double[(Tags + 1) * Tags];
        for (int p = 0; p <= Tags; p++)
        {
            for (int t = 0; t < Tags; t++)
            {
                bool allowed = p == Tags ? !BioTags.IsInside(t) : BioTags.Allowed(p, t);
                m[(p * Tags) + t] = allowed ? Math.Exp(Math.Clamp(_t[(p * Tags) + t], -50, 50)) : 0;
            }
        }

        var (marginals, pairs) = ForwardBackward(psi, m, n);
        double rate = _eta / _scale;
        for (int i = 0; i < n; i++)
        {
            int gold = s.Gold[i];
            for (int k = s.Offsets[i]; k < s.Offsets[i + 1]; k++)
            {
                int row = s.Features[k] * Tags;
                for (int t = 0; t < Tags; t++)
                {
                    double g = (t == gold ? 1 : 0) - marginals[(i * Tags) + t];
                    _v[row + t] += (float)(rate * g);
                }
            }

            int prev = i == 0 ? Tags : s.Gold[i - 1];
            _t[(prev * Tags) + gold] += (float)_eta;
        }

        for (int j = 0; j < pairs.Length; j++)
        {
            _t[j] -= (float)(_eta * pairs[j]);
        }

        _scale *= 1 - (_eta * _lambda);
        if (_scale < 1e-6)
        {
            Rescale();
        }

        _step++;
        return false;
    }

    public (float[] Weights, float[] Transitions) Snapshot()
    {
        var w = new float[_v.Length];
        for (int i = 0; i < w.Length; i++)
        {
            w[i] = (float)(_v[i] * _scale);
        }

        return (w, (float[])_t.Clone());
    }

    /// <summary>Learning rate decays per epoch, η = η₀ / (1 + 0.2·epoch), a standard SGD schedule.</summary>
    public void EndEpoch(int epoch) => _eta = _initialRate / (1 + (0.2 * epoch));

    private void Rescale()
    {
        for (int i = 0; i < _v.Length; i++)
        {
            _v[i] = (float)(_v[i] * _scale);
        }

        _scale = 1;
    }

    /// <summary>Per-token tag marginals and summed pair marginals (start row included), by scaled forward–backward.</summary>
    private static (double[] Marginals, double[] Pairs) ForwardBackward(double[] psi, double[] m, int n)
    {
        var alpha = new double[n * Tags];
        var beta = new double[n * Tags];
        var scale = new double[n];
        for (int i = 0; i < n; i++)
        {
            double z = 0;
            for (int t = 0; t < Tags; t++)
            {
                double sum = 0;
                if (i == 0)
                {
                    sum = m[(Tags * Tags) + t];
                }
                else
                {
                    for (int p = 0; p < Tags; p++)
                    {
                        sum += alpha[((i - 1) * Tags) + p] * m[(p * Tags) + t];
                    }
                }

                alpha[(i * Tags) + t] = sum * psi[(i * Tags) + t];
                z += alpha[(i * Tags) + t];
            }

            scale[i] = z;
            for (int t = 0; t < Tags; t++)
            {
                alpha[(i * Tags) + t] /= z;
            }
        }

        for (int t = 0; t < Tags; t++)
        {
            beta[((n - 1) * Tags) + t] = 1;
        }

        for (int i = n - 2; i >= 0; i--)
        {
            for (int p = 0; p < Tags; p++)
            {
                double sum = 0;
                for (int t = 0; t < Tags; t++)
                {
                    sum += m[(p * Tags) + t] * psi[((i + 1) * Tags) + t] * beta[((i + 1) * Tags) + t];
                }

                beta[(i * Tags) + p] = sum / scale[i + 1];
            }
        }

        var marginals = new double[n * Tags];
        for (int i = 0; i < marginals.Length; i++)
        {
            marginals[i] = alpha[i] * beta[i];
        }

        var pairs = new double[(Tags + 1) * Tags];
        for (int t = 0; t < Tags; t++)
        {
            pairs[(Tags * Tags) + t] = marginals[t];
        }

        for (int i = 1; i < n; i++)
        {
            for (int p = 0; p < Tags; p++)
            {
                for (int t = 0; t < Tags; t++)
                {
                    pairs[(p * Tags) + t] += alpha[((i - 1) * Tags) + p] * m[(p * Tags) + t]
                        * psi[(i * Tags) + t] * beta[(i * Tags) + t] / scale[i];
                }
            }
        }

        return (marginals, pairs);
    }
}
