namespace SearchApp.Core.Entities;

/// <summary>
/// Read-only open-addressing map from 64-bit feature key to weight row, with linear probing at a
/// load factor of at most two thirds. A flat array probes faster than Dictionary and costs 8 bytes
/// a slot plus 4 for the row. Most lookups miss (context features the model never weighted), and a
/// miss ends at the first empty slot, usually in the same cache line; a table twice as large would
/// shorten the chains but miss the cache more often (the seventh model's 283,968 keys: tagging
/// 441–450 k tokens/s at a 1 M-slot table, 506–527 k at 512 k slots).
/// </summary>
public sealed class FeatureTable
{
    private readonly ulong[] _keys;
    private readonly int[] _rows;
    private readonly int _mask;

    public FeatureTable(IReadOnlyList<ulong> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        int capacity = 16;
        while (capacity < keys.Count * 3 / 2)
        {
            capacity *= 2;
        }

        _keys = new ulong[capacity];
        _rows = new int[capacity];
        _mask = capacity - 1;
        for (int row = 0; row < keys.Count; row++)
        {
            ulong key = keys[row];
            if (key == 0)
            {
                throw new ArgumentException("feature key 0 is reserved for empty slots", nameof(keys));
            }

            int slot = (int)(key & (ulong)_mask);
            while (_keys[slot] != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _keys[slot] = key;
            _rows[slot] = row;
        }

        Count = keys.Count;
    }

    public int Count { get; }

    /// <summary>The row of a key, or -1 when the model has no weight for it.</summary>
    public int Find(ulong key)
    {
        int slot = (int)(key & (ulong)_mask);
        while (true)
        {
            ulong k = _keys[slot];
            if (k == key)
            {
                return _rows[slot];
            }

            if (k == 0)
            {
                return -1;
            }

            slot = (slot + 1) & _mask;
        }
    }
}
