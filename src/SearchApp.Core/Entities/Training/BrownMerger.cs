using System.Diagnostics;

namespace SearchApp.Core.Entities.Training;

/// <summary>
/// The windowed agglomerative Brown algorithm as Liang (2005, "Semi-Supervised Learning for
/// Natural Language", §3) runs it: words enter in frequency order; whenever the window holds
/// <c>C + 1</c> classes, the two whose merge loses least average mutual information (AMI) of the
/// class bigram model are merged. Once every word has entered, the <c>C</c> classes are merged down
/// to one, and that tree gives each class its bit string. Class marginals are the words' unigram
/// counts (as in Liang's wcluster), so a merge changes the loss of another pair (i, j) only through
/// the x·log x terms of the rows and columns it touches: with H(x, y) = h(x) + h(y) − h(x + y),
/// h(x) = x ln x (<see cref="XLogX"/>), ΔL(i, j) = H(n_im, n_jm) − H(n_ia, n_ja) − H(n_ib, n_jb), the same for columns,
/// and only pairs linked to the merged classes need an update. Losses are in count units (the
/// 1/N scale does not change which merge is cheapest).
/// </summary>
internal sealed class BrownMerger
{
    private readonly long[] _unigrams;
    private readonly List<(int Word, int Count)>[] _right, _left;
    private readonly int _window, _s;
    private readonly TextWriter _log;
    private readonly int[] _n;        // class bigram counts [left * S + right]
    private readonly double[] _loss;  // merge loss of slots s < t at [s * S + t]
    private readonly long[] _u;       // unigram count of the class in a slot
    private readonly double[] _lu;    // its log
    private readonly long[] _a;       // row + column sum of n over active slots
    private readonly bool[] _active;
    private readonly int[] _slotOf;   // word → slot, -1 before it enters
    private readonly List<int>[] _members;
    private readonly Stack<int> _free = new();
    private readonly double _logN;
    private int[] _actives = [];

    public BrownMerger(long[] unigrams, List<(int Word, int Count)>[] right, List<(int Word, int Count)>[] left, int window, TextWriter log)
    {
        (_unigrams, _right, _left, _window, _log) = (unigrams, right, left, Math.Min(window, unigrams.Length), log);
        _s = _window + 1;
        _n = new int[_s * _s];
        _loss = new double[_s * _s];
        (_u, _lu, _a, _active) = (new long[_s], new double[_s], new long[_s], new bool[_s]);
        _slotOf = new int[unigrams.Length];
        _members = [.. Enumerable.Range(0, _s).Select(_ => new List<int>())];
        Array.Fill(_slotOf, -1);
        for (int s = _s - 1; s >= 0; s--)
        {
            _free.Push(s);
        }

        _logN = Math.Log(unigrams.Sum());
    }

    /// <summary>The bit string of every word (words of one final class share it).</summary>
    public string[] Run()
    {
        var clock = Stopwatch.StartNew();
        for (int w = 0; w < _unigrams.Length; w++)
        {
            Add(w);
            if (_actives.Length > _window)
            {
                Merge(null);
            }

            if (w % 5000 == 4999)
            {
                _log.WriteLine($"brown: {w + 1} words in {clock.Elapsed.TotalSeconds:0} s");
            }
        }

        // Phase 2: merge the window's classes into one tree; leaves are the slots' classes.
        int[] finalSlot = [.. _slotOf];
        var node = new int[_s];
        var children = new List<(int Left, int Right)>();
        foreach (int s in _actives)
        {
            node[s] = -1 - s; // leaf: negative slot id
        }

        while (_actives.Length > 1)
        {
            Merge((keep, gone) =>
            {
                children.Add((node[keep], node[gone]));
                node[keep] = children.Count - 1;
            });
        }

        var slotBits = BrownTree.Paths(children, node[_actives[0]], _s);
        // Slots were reused during phase 1, but each word's slot at its end is its final class.
        return [.. finalSlot.Select(s => slotBits[s])];
    }

    private void Add(int w)
    {
        int z = _free.Pop();
        _slotOf[w] = z;
        _members[z].Add(w);
        (_active[z], _u[z], _lu[z]) = (true, _unigrams[w], Math.Log(_unigrams[w]));
        var neighbours = new HashSet<int>();
        foreach (var (v, c) in _right[w])
        {
            int t = v == w ? z : _slotOf[v];
            if (t >= 0)
            {
                _n[(z * _s) + t] += c;
                neighbours.Add(t);
            }
        }

        foreach (var (v, c) in _left[w])
        {
            int t = v == w ? -1 : _slotOf[v]; // the self bigram was counted from the right
            if (t >= 0)
            {
                _n[(t * _s) + z] += c;
                neighbours.Add(t);
            }
        }

        neighbours.Remove(z);
        var nbr = neighbours.Order().ToArray();
        long az = 2L * _n[(z * _s) + z];
        foreach (int t in nbr)
        {
            long link = _n[(z * _s) + t] + _n[(t * _s) + z];
            _a[t] += link;
            az += link;
        }

        _a[z] = az;
        var before = _actives;
        // Existing pairs gain the terms of the new class z (zero unless i or j is linked to it).
        var isNbr = new bool[_s];
        foreach (int i in nbr)
        {
            isNbr[i] = true;
        }

        foreach (int i in nbr)
        {
            double iz = _n[(i * _s) + z] + _n[(z * _s) + i];
            foreach (int j in before)
            {
                if (j == i || (isNbr[j] && j < i))
                {
                    continue;
                }

                double jz = _n[(j * _s) + z] + _n[(z * _s) + j];
                double logU = Math.Log(_u[i] + _u[j]);
                _loss[Index(i, j)] += XLogX.Pair(_n[(i * _s) + z], _n[(j * _s) + z]) + XLogX.Pair(_n[(z * _s) + i], _n[(z * _s) + j])
                    + (iz * (logU - _lu[i])) + (jz * (logU - _lu[j]));
            }
        }

        _actives = [.. before, z];
        Array.Sort(_actives);
        foreach (int t in before)
        {
            _loss[Index(z, t)] = FullLoss(z, t, nbr);
        }
    }

    /// <summary>Merges the cheapest pair; <paramref name="record"/> sees (kept slot, freed slot).</summary>
    private void Merge(Action<int, int>? record)
    {
        var (a, b) = Cheapest();
        record?.Invoke(a, b);
        int k = _actives.Length;
        var others = _actives.Where(i => i != a && i != b).ToArray();
        var ia = new int[k];
        var ai = new int[k];
        var ib = new int[k];
        var bi = new int[k];
        var linked = new List<int>();
        for (int x = 0; x < others.Length; x++)
        {
            int i = others[x];
            (ia[x], ai[x], ib[x], bi[x]) = (_n[(i * _s) + a], _n[(a * _s) + i], _n[(i * _s) + b], _n[(b * _s) + i]);
            if ((ia[x] | ai[x] | ib[x] | bi[x]) != 0)
            {
                linked.Add(x);
            }
        }

        var link = linked.ToArray();
        Parallel.For(0, link.Length, new ParallelOptions { MaxDegreeOfParallelism = 2 }, p =>
        {
            int x = link[p], i = others[x];
            for (int q = p + 1; q < link.Length; q++)
            {
                int y = link[q];
                _loss[Index(i, others[y])] += XLogX.Pair(ia[x] + ib[x], ia[y] + ib[y]) + XLogX.Pair(ai[x] + bi[x], ai[y] + bi[y])
                    - XLogX.Pair(ia[x], ia[y]) - XLogX.Pair(ai[x], ai[y]) - XLogX.Pair(ib[x], ib[y]) - XLogX.Pair(bi[x], bi[y]);
            }
        });

        int selfCount = _n[(a * _s) + a] + _n[(a * _s) + b] + _n[(b * _s) + a] + _n[(b * _s) + b];
        for (int x = 0; x < others.Length; x++)
        {
            int i = others[x];
            _n[(i * _s) + a] = ia[x] + ib[x];
            _n[(a * _s) + i] = ai[x] + bi[x];
            _n[(i * _s) + b] = 0;
            _n[(b * _s) + i] = 0;
        }

        _n[(a * _s) + a] = selfCount;
        (_n[(a * _s) + b], _n[(b * _s) + a], _n[(b * _s) + b]) = (0, 0, 0);
        _u[a] += _u[b];
        _lu[a] = Math.Log(_u[a]);
        _a[a] += _a[b];
        (_active[b], _u[b], _a[b]) = (false, 0, 0);
        foreach (int w in _members[b])
        {
            _slotOf[w] = a;
        }

        _members[a].AddRange(_members[b]);
        _members[b].Clear();

        _free.Push(b);
        _actives = others.Append(a).Order().ToArray();
        Parallel.For(0, others.Length, new ParallelOptions { MaxDegreeOfParallelism = 2 }, x =>
            _loss[Index(a, others[x])] = FullLoss(a, others[x], null));
    }

    private (int, int) Cheapest()
    {
        double best = double.PositiveInfinity;
        (int, int) pair = (-1, -1);
        foreach (int s in _actives)
        {
            foreach (int t in _actives)
            {
                if (s < t && _loss[(s * _s) + t] < best)
                {
                    (best, pair) = (_loss[(s * _s) + t], (s, t));
                }
            }
        }

        return pair;
    }

    /// <summary>The loss of merging s and t from scratch; <paramref name="support"/> lists s's linked slots when s is sparse.</summary>
    private double FullLoss(int s, int t, int[]? support)
    {
        double sum = 0;
        foreach (int d in support ?? _actives)
        {
            if (d != s && d != t)
            {
                sum += XLogX.Pair(_n[(s * _s) + d], _n[(t * _s) + d]) + XLogX.Pair(_n[(d * _s) + s], _n[(d * _s) + t]);
            }
        }

        int ss = _n[(s * _s) + s], st = _n[(s * _s) + t], ts = _n[(t * _s) + s], tt = _n[(t * _s) + t];
        double logU = Math.Log(_u[s] + _u[t]);
        double linear = ((_a[s] - (2.0 * ss) - st - ts) * (logU - _lu[s])) + ((_a[t] - (2.0 * tt) - st - ts) * (logU - _lu[t]));
        double before = Q(ss, _lu[s], _lu[s]) + Q(st, _lu[s], _lu[t]) + Q(ts, _lu[t], _lu[s]) + Q(tt, _lu[t], _lu[t]);
        double after = Q((long)ss + st + ts + tt, logU, logU);
        return sum + linear + before - after;
    }

    private double Q(long count, double logLeft, double logRight) =>
        count == 0 ? 0 : XLogX.Of(count) + (count * (_logN - logLeft - logRight));

    private int Index(int s, int t) => s < t ? (s * _s) + t : (t * _s) + s;
}
