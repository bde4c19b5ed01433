using System.Numerics;

namespace SearchApp.Core.Entities.Training;

/// <summary>
/// Spherical k-means (Dhillon &amp; Modha 2001): unit vectors, cosine similarity, centroids
/// renormalised each round; seeded with k-means++ (Arthur &amp; Vassilvitskii 2007) from a fixed
/// seed. Applied top-down it yields a tree of clusters whose paths play the role of Brown cluster
/// bit-string prefixes.
/// </summary>
internal static class SphericalKMeans
{
    private const int Iterations = 12;

    /// <summary>For each vector, its 1-based cluster id at every level of the tree.</summary>
    public static int[][] Hierarchical(float[][] vectors, int[] branching, int seed)
    {
        var paths = new int[vectors.Length][];
        for (int i = 0; i < vectors.Length; i++)
        {
            paths[i] = new int[branching.Length];
        }

        var groups = new List<int[]> { Enumerable.Range(0, vectors.Length).ToArray() };
        for (int level = 0; level < branching.Length; level++)
        {
            var next = new List<int[]>();
            for (int g = 0; g < groups.Count; g++)
            {
                var members = groups[g];
                var assignment = Cluster(members.Select(i => vectors[i]).ToArray(), branching[level], seed + (level * 1000) + g);
                for (int c = 0; c < branching[level]; c++)
                {
                    next.Add([.. members.Where((_, k) => assignment[k] == c)]);
                }

                for (int k = 0; k < members.Length; k++)
                {
                    paths[members[k]][level] = (g * branching[level]) + assignment[k] + 1;
                }
            }

            groups = next;
        }

        return paths;
    }

    public static int[] Cluster(float[][] points, int k, int seed)
    {
        var assignment = new int[points.Length];
        if (points.Length <= k)
        {
            for (int i = 0; i < points.Length; i++)
            {
                assignment[i] = i;
            }

            return assignment;
        }

        var centroids = Seed(points, k, new Random(seed));
        int dims = points[0].Length;
        for (int round = 0; round < Iterations; round++)
        {
            for (int i = 0; i < points.Length; i++)
            {
                assignment[i] = Nearest(points[i], centroids);
            }

            var sums = new float[k][];
            for (int c = 0; c < k; c++)
            {
                sums[c] = new float[dims];
            }

            for (int i = 0; i < points.Length; i++)
            {
                var s = sums[assignment[i]];
                for (int d = 0; d < dims; d++)
                {
                    s[d] += points[i][d];
                }
            }

            for (int c = 0; c < k; c++)
            {
                if (Normalize(sums[c]))
                {
                    centroids[c] = sums[c]; // an emptied cluster keeps its old centroid
                }
            }
        }

        return assignment;
    }

    public static bool Normalize(float[] v)
    {
        double norm = Math.Sqrt(Dot(v, v));
        if (norm == 0)
        {
            return false;
        }

        for (int d = 0; d < v.Length; d++)
        {
            v[d] = (float)(v[d] / norm);
        }

        return true;
    }

    private static float[][] Seed(float[][] points, int k, Random random)
    {
        var centroids = new List<float[]> { points[random.Next(points.Length)] };
        var distance = new double[points.Length];
        Array.Fill(distance, double.MaxValue);
        while (centroids.Count < k)
        {
            double total = 0;
            for (int i = 0; i < points.Length; i++)
            {
                distance[i] = Math.Min(distance[i], Math.Max(0, 1 - Dot(points[i], centroids[^1])));
                total += distance[i];
            }

            double pick = random.NextDouble() * total;
            int chosen = 0;
            for (; chosen < points.Length - 1 && (pick -= distance[chosen]) > 0; chosen++)
            {
            }

            centroids.Add((float[])points[chosen].Clone());
        }

        return [.. centroids];
    }

    private static int Nearest(float[] p, float[][] centroids)
    {
        int best = 0;
        float bestScore = float.NegativeInfinity;
        for (int c = 0; c < centroids.Length; c++)
        {
            float s = Dot(p, centroids[c]);
            if (s > bestScore)
            {
                (best, bestScore) = (c, s);
            }
        }

        return best;
    }

    private static float Dot(float[] a, float[] b)
    {
        var sum = Vector<float>.Zero;
        int i = 0;
        for (; i <= a.Length - Vector<float>.Count; i += Vector<float>.Count)
        {
            sum += new Vector<float>(a, i) * new Vector<float>(b, i);
        }

        float result = Vector.Sum(sum);
        for (; i < a.Length; i++)
        {
            result += a[i] * b[i];
        }

        return result;
    }
}
