namespace CjmBot.Benchmarks;

/// <summary>Median, p99 and maximum of a set of turn latencies (nearest-rank percentiles).</summary>
internal sealed record LatencySummary(int Count, TimeSpan Median, TimeSpan P99, TimeSpan Max)
{
    public static LatencySummary Of(IEnumerable<TimeSpan> latencies)
    {
        var sorted = latencies.Order().ToArray();
        return sorted.Length == 0
            ? new LatencySummary(0, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero)
            : new LatencySummary(sorted.Length, Percentile(sorted, 50), Percentile(sorted, 99), sorted[^1]);
    }

    private static TimeSpan Percentile(TimeSpan[] sorted, int percent)
    {
        var rank = (int)Math.Ceiling(percent / 100.0 * sorted.Length);
        return sorted[Math.Clamp(rank, 1, sorted.Length) - 1];
    }
}
