using SearchApp.Core.Entities;

namespace SearchApp.Core.Tests.Entities;

public class FeatureTableTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(10)]
    [InlineData(11)]
    [InlineData(5_000)]
    [InlineData(21_845)] // the most keys a 32,768-slot table takes (load two thirds)
    [InlineData(21_846)]
    public void EveryKeyFindsItsRowAndOtherKeysFindNone(int count)
    {
        // Keys that collide on their low bits, as hashed features may, and keys spread by the hash.
        var random = new Random(count);
        var keys = new List<ulong>();
        var seen = new HashSet<ulong>();
        while (keys.Count < count)
        {
            ulong key = keys.Count % 3 == 0 ? ((ulong)random.NextInt64(1, 1 << 20) << 32) | 7UL : (ulong)random.NextInt64(1, long.MaxValue);
            if (seen.Add(key))
            {
                keys.Add(key);
            }
        }

        var table = new FeatureTable(keys);
        Assert.Equal(count, table.Count);
        for (int row = 0; row < keys.Count; row++)
        {
            Assert.Equal(row, table.Find(keys[row]));
        }

        int absent = 0;
        while (absent < 2_000)
        {
            ulong key = (ulong)random.NextInt64(1, long.MaxValue);
            if (!seen.Contains(key))
            {
                Assert.Equal(-1, table.Find(key));
                absent++;
            }
        }
    }

    [Fact]
    public void KeyZeroIsRefused()
    {
        Assert.Throws<ArgumentException>(() => new FeatureTable([5UL, 0UL]));
    }
}
