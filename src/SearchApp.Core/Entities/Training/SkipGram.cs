using System.Numerics;

namespace SearchApp.Core.Entities.Training;

/// <summary>
/// Skip-gram word embeddings with negative sampling (Mikolov, Sutskever, Chen, Corrado &amp; Dean
/// 2013, "Distributed Representations of Words and Phrases"): each word predicts the words within a
/// random window around it against <see cref="Negatives"/> words drawn from the unigram
/// distribution raised to ¾; frequent words are subsampled. One thread and one seeded generator,
/// so the vectors are the same on every run (the reference tool's threads race on purpose).
/// </summary>
internal sealed class SkipGram(int dimensions, int window = 5, int epochs = 3, int seed = 2013)
{
    public const int Negatives = 5;
    private const double StartRate = 0.025, Subsample = 1e-4;
    private const int TableSize = 10_000_000;

    /// <summary>Trains on <paramref name="tokens"/> (ids below <c>counts.Length</c>; any other value breaks a sentence) and returns one input vector per id.</summary>
    public float[][] Train(int[] tokens, long[] counts, TextWriter log)
    {
        int v = counts.Length, d = dimensions;
        ulong state = (ulong)seed * 0x9E3779B97F4A7C15UL + 1;
        var input = new float[v * d];
        var output = new float[v * d];
        for (int i = 0; i < input.Length; i++)
        {
            input[i] = (float)((Next(ref state) / (double)ulong.MaxValue) - 0.5) / d;
        }

        var table = NoiseTable(counts);
        long total = counts.Sum();
        var keep = counts.Select(c => c == 0 ? 0 : (Math.Sqrt(c / (Subsample * total)) + 1) * (Subsample * total) / c).ToArray();
        var sentence = new List<int>(256);
        var gradient = new float[d];
        long processed = 0, planned = (long)tokens.Length * epochs;
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            for (int k = 0; k <= tokens.Length; k++)
            {
                int id = k < tokens.Length ? tokens[k] : -1;
                if (id >= 0 && id < v)
                {
                    processed++;
                    if (keep[id] >= 1 || keep[id] > Next(ref state) / (double)ulong.MaxValue)
                    {
                        sentence.Add(id);
                    }

                    continue;
                }

                float rate = (float)Math.Max(StartRate * 0.0001, StartRate * (1 - (processed / (double)planned)));
                Sentence(sentence, input, output, table, gradient, rate, ref state);
                sentence.Clear();
            }

            log.WriteLine($"skip-gram: epoch {epoch + 1}/{epochs} done");
        }

        return [.. Enumerable.Range(0, v).Select(i => input.AsSpan(i * d, d).ToArray())];
    }

    private void Sentence(List<int> sentence, float[] input, float[] output, int[] table, float[] gradient, float rate, ref ulong state)
    {
        int d = dimensions;
        for (int pos = 0; pos < sentence.Count; pos++)
        {
            int reach = 1 + (int)(Next(ref state) % (ulong)window);
            for (int c = Math.Max(0, pos - reach); c <= Math.Min(sentence.Count - 1, pos + reach); c++)
            {
                if (c == pos)
                {
                    continue;
                }

                var vin = input.AsSpan(sentence[c] * d, d);
                Array.Clear(gradient);
                for (int n = 0; n <= Negatives; n++)
                {
                    int target = n == 0 ? sentence[pos] : table[(int)(Next(ref state) % (ulong)table.Length)];
                    if (n > 0 && target == sentence[pos])
                    {
                        continue;
                    }

                    var vout = output.AsSpan(target * d, d);
                    float g = ((n == 0 ? 1 : 0) - Sigmoid(Dot(vin, vout))) * rate;
                    Axpy(g, vout, gradient);
                    Axpy(g, vin, vout);
                }

                Axpy(1, gradient, vin);
            }
        }
    }

    private static int[] NoiseTable(long[] counts)
    {
        double norm = counts.Sum(c => Math.Pow(c, 0.75));
        var table = new int[TableSize];
        int word = 0;
        double cumulative = Math.Pow(counts[0], 0.75) / norm;
        for (int i = 0; i < TableSize; i++)
        {
            table[i] = word;
            if (i / (double)TableSize > cumulative && word < counts.Length - 1)
            {
                word++;
                cumulative += Math.Pow(counts[word], 0.75) / norm;
            }
        }

        return table;
    }

    private static float Sigmoid(float x) => x > 6 ? 1 : x < -6 ? 0 : 1 / (1 + MathF.Exp(-x));

    private static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var sum = Vector<float>.Zero;
        int i = 0, w = Vector<float>.Count;
        for (; i <= a.Length - w; i += w)
        {
            sum += new Vector<float>(a[i..]) * new Vector<float>(b[i..]);
        }

        float result = Vector.Sum(sum);
        for (; i < a.Length; i++)
        {
            result += a[i] * b[i];
        }

        return result;
    }

    /// <summary>y += a·x.</summary>
    private static void Axpy(float a, ReadOnlySpan<float> x, Span<float> y)
    {
        int i = 0, w = Vector<float>.Count;
        for (; i <= x.Length - w; i += w)
        {
            (new Vector<float>(y[i..]) + (a * new Vector<float>(x[i..]))).CopyTo(y[i..]);
        }

        for (; i < x.Length; i++)
        {
            y[i] += a * x[i];
        }
    }

    /// <summary>xorshift64*: fast, and the same sequence on every platform.</summary>
    private static ulong Next(ref ulong s)
    {
        s ^= s >> 12;
        s ^= s << 25;
        s ^= s >> 27;
        return s * 0x2545F4914F6CDD1DUL;
    }
}
