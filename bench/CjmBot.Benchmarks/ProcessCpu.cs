using System.Globalization;

namespace CjmBot.Benchmarks;

/// <summary>
/// CPU time of other processes on this machine (Azurite, the peer), read from Linux's <c>/proc/{pid}/stat</c>; the
/// peer comparison names them in <c>CJMBOT_PEER_CPU_PIDS</c> (<c>name=pid,…</c>). Elsewhere, or for a process gone,
/// nothing is reported.
/// </summary>
internal static class ProcessCpu
{
    public const string PidsVariable = "CJMBOT_PEER_CPU_PIDS";

    /// <summary>Clock ticks per second of <c>utime</c>/<c>stime</c> (USER_HZ, 100 on every Linux this runs on).</summary>
    private const double TicksPerSecond = 100;

    public static IReadOnlyList<(string Name, int Pid)> Named()
    {
        var value = Environment.GetEnvironmentVariable(PidsVariable) ?? "";
        return
        [
            .. value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(pair => pair.Split('=', 2))
                .Where(parts => parts.Length == 2 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out _))
                .Select(parts => (parts[0], int.Parse(parts[1], CultureInfo.InvariantCulture))),
        ];
    }

    /// <summary>User plus system CPU time of <paramref name="pid"/>, all threads; null when it cannot be read.</summary>
    public static TimeSpan? Read(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/stat");

            // The command name (field 2) may hold spaces; the fields after its closing parenthesis start at field 3.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            return TimeSpan.FromSeconds(ticks / TicksPerSecond);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>The CPU time each named process used while <paramref name="work"/> ran.</summary>
    public static async Task<(T Result, Dictionary<string, TimeSpan> Used)> MeasureAsync<T>(Func<Task<T>> work)
    {
        var named = Named();
        var before = named.Select(process => Read(process.Pid)).ToList();
        var result = await work().ConfigureAwait(false);
        var used = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        for (var i = 0; i < named.Count; i++)
        {
            if (before[i] is { } start && Read(named[i].Pid) is { } end)
            {
                used[named[i].Name] = end - start;
            }
        }

        return (result, used);
    }
}
