using System.Diagnostics;

namespace CjmBot.Benchmarks;

internal static class CallWindows
{
    /// <summary>The most calls that fall in any window of length <paramref name="window"/> (sliding, not aligned to clock seconds).</summary>
    public static int MaxIn(IEnumerable<ConnectorCall> calls, TimeSpan window)
    {
        var times = calls.Select(call => call.Timestamp).Order().ToArray();
        var ticks = (long)(window.TotalSeconds * Stopwatch.Frequency);
        var max = 0;
        var first = 0;
        for (var last = 0; last < times.Length; last++)
        {
            while (times[last] - times[first] >= ticks)
            {
                first++;
            }

            max = Math.Max(max, last - first + 1);
        }

        return max;
    }
}
