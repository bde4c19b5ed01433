namespace SearchApp.Core.Entities.Training;

/// <summary>
/// h(x) = x ln x of counts, tabled for small counts (the Brown merge update evaluates it millions
/// of times per merge), and H(x, y) = h(x) + h(y) − h(x + y), the mutual-information change when
/// two count cells are pooled; H is 0 when either cell is empty.
/// </summary>
internal static class XLogX
{
    private const int TableSize = 1 << 20;
    private static readonly double[] Table = Build();

    public static double Of(long x) => x < TableSize ? Table[x] : x * Math.Log(x);

    public static double Pair(long x, long y) => x == 0 || y == 0 ? 0 : Of(x) + Of(y) - Of(x + y);

    private static double[] Build()
    {
        var t = new double[TableSize];
        for (int x = 1; x < TableSize; x++)
        {
            t[x] = x * Math.Log(x);
        }

        return t;
    }
}
