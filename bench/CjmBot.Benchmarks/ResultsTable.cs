using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace CjmBot.Benchmarks;

/// <summary>One measured value of a scenario.</summary>
internal sealed record ResultRow(string Scenario, string Metric, string Value);

/// <summary>Everything the run measured, printed as it comes and written as one Markdown table at the end.</summary>
internal sealed class ResultsTable
{
    /// <summary>Heading, introduction and closing notes of the Markdown file; the defaults describe the load benchmark.</summary>
    public string Title { get; init; } = "CjmBot load benchmark: latest results";

    public string Introduction { get; init; } =
        "The real bot host over HTTP on loopback, Table Storage in an in-memory Azurite, a fake Bot Connector that answers at once.";

    public string? Notes { get; init; }

    private readonly List<ResultRow> _rows = [];
    private readonly List<string> _failures = [];

    public IReadOnlyList<string> Failures => _failures;

    public void Section(string scenario, string description)
    {
        Console.WriteLine();
        Console.WriteLine($"== {scenario} ==");
        Console.WriteLine(description);
    }

    public void Add(string scenario, string metric, string value)
    {
        _rows.Add(new ResultRow(scenario, metric, value));
        Console.WriteLine($"  {metric,-46} {value}");
    }

    public void Add(string scenario, string metric, long value) => Add(scenario, metric, value.ToString(CultureInfo.InvariantCulture));

    public void Add(string scenario, string metric, double value, string format) => Add(scenario, metric, value.ToString(format, CultureInfo.InvariantCulture));

    public void AddLatency(string scenario, string what, LatencySummary latency)
    {
        Add(scenario, $"{what} median (ms)", latency.Median.TotalMilliseconds, "F1");
        Add(scenario, $"{what} p99 (ms)", latency.P99.TotalMilliseconds, "F1");
        Add(scenario, $"{what} max (ms)", latency.Max.TotalMilliseconds, "F1");
    }

    /// <summary>A correctness failure: the run exits non-zero. Timings never fail a run.</summary>
    public void Fail(string scenario, string reason)
    {
        _failures.Add($"{scenario}: {reason}");
        Console.WriteLine($"  FAILED: {reason}");
    }

    public string ToMarkdown(string command, DateTimeOffset startedAt, TimeSpan duration)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"# {Title}");
        text.AppendLine();
        text.AppendLine(Introduction);
        text.AppendLine("Timings depend on the machine and on whatever else runs on it: they are measurements, not limits.");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"- Command: `{command}`");
        text.AppendLine(CultureInfo.InvariantCulture, $"- Date (UTC): {startedAt.UtcDateTime:yyyy-MM-dd HH:mm:ss}, run took {duration.TotalSeconds:F1} s");
        text.AppendLine(CultureInfo.InvariantCulture, $"- Machine: {Environment.ProcessorCount} logical cores, {RuntimeInformation.OSDescription} ({RuntimeInformation.OSArchitecture})");
        text.AppendLine(CultureInfo.InvariantCulture, $"- .NET: {RuntimeInformation.FrameworkDescription}, server GC {System.Runtime.GCSettings.IsServerGC}");
        text.AppendLine(CultureInfo.InvariantCulture, $"- Result: {(_failures.Count == 0 ? "passed (no answer lost or duplicated)" : "FAILED: " + string.Join("; ", _failures))}");
        text.AppendLine();
        text.AppendLine("| Scenario | Metric | Value |");
        text.AppendLine("|---|---|---:|");
        foreach (var row in _rows)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {row.Scenario} | {row.Metric} | {row.Value} |");
        }

        text.AppendLine();
        if (Notes is not null)
        {
            text.AppendLine(Notes);
            return text.ToString();
        }

        text.AppendLine("Turn latency: from sending `POST /api/messages` to reading the whole response; the bot runs each turn inline, so it");
        text.AppendLine("includes storage and the connector calls. Storage requests: every Table Storage HTTP request the host made during the");
        text.AppendLine("burst (StorageRequestCounter, retries included, the scheduler's poll every 1 s too) divided by 500. In a group chat");
        text.AppendLine("typed answers get no reply: the live map (one message, updated in place by PUT at most once a second) shows them.");
        text.AppendLine("Map delay: from the last answer's HTTP response to the arrival of the first PUT whose card counts all 500 answers.");
        text.AppendLine("Connector windows count every call into the conversation from the first answer to that PUT; they slide over the");
        text.AppendLine("calls' arrival times (not aligned to clock seconds) and are compared with Teams' per-conversation limits.");
        text.AppendLine("Map card: built in process (no HTTP, no storage) from a fresh snapshot each time, as the live-map job does: replay of the");
        text.AppendLine("contributions, the card at the largest answers-per-lane budget that fits 76 KB, and its size checks; size as Teams counts it (UTF-16).");

        return text.ToString();
    }
}
