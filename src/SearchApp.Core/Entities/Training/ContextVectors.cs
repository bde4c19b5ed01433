namespace SearchApp.Core.Entities.Training;

/// <summary>
/// PPMI-weighted neighbour counts of target words, reduced by truncated SVD to dense unit vectors. Pair
/// counts are gathered as packed longs and sorted rather than hashed: tens of millions of
/// increments fit in one array, where a dictionary would need several times the memory.
/// </summary>
internal sealed class ContextVectors(List<int> corpus, List<long> counts, int[] contexts, int[] offsets, int dimensions)
{
    public float[][] Project(int[] targets)
    {
        var targetIndex = new Dictionary<int, int>();
        for (int k = 0; k < targets.Length; k++)
        {
            targetIndex[targets[k]] = k;
        }

        var contextIndex = new Dictionary<int, int>();
        for (int k = 0; k < contexts.Length; k++)
        {
            contextIndex[contexts[k]] = k;
        }

        int boundary = contexts.Length; // the sentence edge is a context of its own
        int features = offsets.Length * (contexts.Length + 1);
        var pairs = new List<long>(corpus.Count * offsets.Length);
        var featureCounts = new long[features];
        for (int i = 0; i < corpus.Count; i++)
        {
            if (corpus[i] < 0 || !targetIndex.TryGetValue(corpus[i], out int t))
            {
                continue;
            }

            for (int o = 0; o < offsets.Length; o++)
            {
                int c = ContextAt(i, offsets[o], contextIndex, boundary);
                if (c >= 0)
                {
                    int f = (o * (contexts.Length + 1)) + c;
                    pairs.Add(((long)t * features) + f);
                    featureCounts[f]++;
                }
            }
        }

        var packed = pairs.ToArray();
        pairs.Clear();
        Array.Sort(packed);
        double total = packed.Length;
        var rowStarts = new int[targets.Length + 1];
        var columns = new List<int>();
        var values = new List<float>();
        for (int start = 0, row = 0; start < packed.Length;)
        {
            int end = start;
            while (end < packed.Length && packed[end] == packed[start])
            {
                end++;
            }

            int t = (int)(packed[start] / features), f = (int)(packed[start] % features);
            for (; row < t; row++)
            {
                rowStarts[row + 1] = columns.Count;
            }

            double pmi = Math.Log((end - start) * total / (counts[targets[t]] * offsets.Length * (double)featureCounts[f]));
            if (pmi > 0)
            {
                columns.Add(f);
                values.Add((float)pmi);
            }

            rowStarts[t + 1] = columns.Count;
            start = end;
        }

        for (int row = 1; row <= targets.Length; row++)
        {
            rowStarts[row] = Math.Max(rowStarts[row], rowStarts[row - 1]);
        }

        var ppmi = new SparseMatrix(targets.Length, features, rowStarts, [.. columns], [.. values]);
        var vectors = RandomizedSvd.RowEmbeddings(ppmi, dimensions, powerIterations: 2, seed: 1406);
        foreach (var v in vectors)
        {
            SphericalKMeans.Normalize(v);
        }

        return vectors;
    }

    private int ContextAt(int i, int offset, Dictionary<int, int> contextIndex, int boundary)
    {
        int step = Math.Sign(offset);
        int j = i;
        for (int moved = 0; moved < Math.Abs(offset); moved++)
        {
            j += step;
            if (j < 0 || j >= corpus.Count || corpus[j] < 0)
            {
                return moved == Math.Abs(offset) - 1 ? boundary : -1; // only the nearest edge counts
            }
        }

        return contextIndex.TryGetValue(corpus[j], out int c) ? c : -1;
    }
}
