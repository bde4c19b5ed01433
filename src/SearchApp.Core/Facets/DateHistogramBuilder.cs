using System.Globalization;

namespace SearchApp.Core.Facets;

/// <summary>
/// Turns per-day hit counts into the histogram the UI draws: day buckets when the shown range spans at
/// most <see cref="MaxDayBuckets"/> days, month buckets otherwise, with every empty bucket between the
/// first and last kept. The shown range is the requested date range where given, else the hits' own.
/// </summary>
internal static class DateHistogramBuilder
{
    public const int MaxDayBuckets = 62;

    // An open-ended filter such as from=0001-01-01 must not produce 24,000 empty months.
    private const int MaxMonthBuckets = 1200;

    public static DateHistogram Build(Dictionary<int, int> dayCounts, int undated, DateOnly? from, DateOnly? to)
    {
        var dated = new List<(DateOnly Day, int Count)>(dayCounts.Count);
        foreach (var (yyyymmdd, count) in dayCounts)
        {
            if (FacetFields.TryFromYyyymmdd(yyyymmdd, out var day))
            {
                dated.Add((day, count));
            }
            else
            {
                undated += count; // a malformed stored value: not a date, so not in any bucket
            }
        }

        if (dated.Count == 0)
        {
            return new DateHistogram(DateGranularity.Month, [], 0, undated);
        }

        var min = dated.Min(d => d.Day);
        var max = dated.Max(d => d.Day);
        var start = from is { } f && f < min ? f : min;
        var end = to is { } t && t > max ? t : max;

        if (end.DayNumber - start.DayNumber + 1 <= MaxDayBuckets)
        {
            return Bucketed(dated, undated, DateGranularity.Day, start, end.DayNumber - start.DayNumber + 1);
        }

        if (MonthIndex(start, end) + 1 > MaxMonthBuckets)
        {
            (start, end) = (min, max);
        }

        var first = new DateOnly(start.Year, start.Month, 1);
        return Bucketed(dated, undated, DateGranularity.Month, first, MonthIndex(first, end) + 1);
    }

    private static DateHistogram Bucketed(List<(DateOnly Day, int Count)> dated, int undated, DateGranularity granularity, DateOnly first, int bucketCount)
    {
        var counts = new int[bucketCount];
        var total = 0;
        foreach (var (day, count) in dated)
        {
            counts[granularity == DateGranularity.Day ? day.DayNumber - first.DayNumber : MonthIndex(first, day)] += count;
            total += count;
        }

        var buckets = new DateBucket[bucketCount];
        for (var i = 0; i < bucketCount; i++)
        {
            var start = granularity == DateGranularity.Day ? first.AddDays(i) : first.AddMonths(i);
            var label = start.ToString(granularity == DateGranularity.Day ? "yyyy-MM-dd" : "yyyy-MM", CultureInfo.InvariantCulture);
            buckets[i] = new DateBucket(label, start, counts[i]);
        }

        return new DateHistogram(granularity, buckets, total, undated);
    }

    private static int MonthIndex(DateOnly first, DateOnly day) => ((day.Year - first.Year) * 12) + day.Month - first.Month;
}
