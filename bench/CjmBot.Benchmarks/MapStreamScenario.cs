using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;
using CjmBot.Bot.Exports;
using CjmBot.Protocol.Schema;
using CjmBot.Workshops;
using Microsoft.Extensions.DependencyInjection;

namespace CjmBot.Benchmarks;

/// <summary>
/// <c>map-stream</c>: 50 open full-map pages (their Server-Sent Event streams, read over HTTP) on a group chat's workshop
/// while 50 users send 10 answers each within 10 s, as in <c>burst</c>. For every page and answer: the time from sending
/// the answer to the first update event on that page that holds it (goal: p95 at most 1 s); and the memory of the process
/// (the bot host, plus the 50 stream readers of this benchmark) before the streams, with them open, and after the burst.
/// </summary>
internal static partial class MapStreamScenario
{
    public const string Name = "map-stream";
    private const int Pages = 50;
    private const int Users = 50;
    private const int AnswersPerUser = 10;
    private const int Expected = Users * AnswersPerUser;
    private static readonly TimeSpan Spacing = TimeSpan.FromMilliseconds(700);
    private static readonly TimeSpan Stagger = TimeSpan.FromMilliseconds(15);
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan Goal = TimeSpan.FromSeconds(1);

    public static async Task RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var results = context.Results;
        results.Section(Name, $"{Pages} open full-map pages (event streams) while {Users} users x {AnswersPerUser} answers arrive within 10 s (goal: on every page within {Goal.TotalSeconds:0} s, p95).");
        var conversationId = $"19:bench-stream-{context.RunId}@thread.v2";
        var workshopId = await BurstScenario.StartWorkshopAsync(context, Name, conversationId, cancellationToken).ConfigureAwait(false);
        if (workshopId is null)
        {
            return;
        }

        var link = context.Bot.Services.GetRequiredService<ExportLinks>().CreateMapPage(workshopId, Language.En);
        var events = new Uri(new Uri(context.Bot.MessagesUri, "/"), link.AbsolutePath + "/events" + link.Query);
        var before = Memory.Now(collect: true);

        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Pages + 10 }) { Timeout = Timeout.InfiniteTimeSpan };
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var seenAt = new ConcurrentDictionary<(int Page, int Answer), long>();
        var parsed = new ConcurrentDictionary<string, int[]>(StringComparer.Ordinal);
        var updates = new int[Pages];
        var opened = new TaskCompletionSource[Pages];
        var readers = new Task[Pages];
        for (var page = 0; page < Pages; page++)
        {
            opened[page] = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var index = page;
            readers[page] = Task.Run(() => ReadAsync(http, events, index, opened[index], seenAt, parsed, updates, context.RunId, stop.Token), CancellationToken.None);
        }

        await Task.WhenAll(opened.Select(o => o.Task)).WaitAsync(TimeSpan.FromSeconds(30), cancellationToken).ConfigureAwait(false);
        await Task.Delay(TimeSpan.FromSeconds(2), context.Time, cancellationToken).ConfigureAwait(false);
        var open = Memory.Now(collect: true);

        var sentAt = new long[Expected];
        var started = Stopwatch.GetTimestamp();
        var turns = await Task.WhenAll(Enumerable.Range(0, Users).Select(async user =>
        {
            var from = TeamsActivities.User($"29:bench-user-{user:00}", $"Participant {user:00}");
            var own = new List<Task<TurnResult>>(AnswersPerUser);
            for (var answer = 0; answer < AnswersPerUser; answer++)
            {
                var due = Stagger * user + Spacing * answer - Stopwatch.GetElapsedTime(started);
                if (due > TimeSpan.Zero)
                {
                    await Task.Delay(due, context.Time, cancellationToken).ConfigureAwait(false);
                }

                var activity = context.Activities.GroupMessage(conversationId, from, $"stream-{context.RunId}-u{user:00}-a{answer}", $"Answer {answer} of participant {user:00} in run {context.RunId}");
                sentAt[(user * AnswersPerUser) + answer] = Stopwatch.GetTimestamp();
                own.Add(context.Client.SendAsync(activity, cancellationToken));
            }

            return await Task.WhenAll(own).ConfigureAwait(false);
        })).ConfigureAwait(false);
        var burstEnded = Stopwatch.GetTimestamp();

        while (seenAt.Count < Pages * Expected && Stopwatch.GetElapsedTime(burstEnded) < Deadline)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(50), context.Time, cancellationToken).ConfigureAwait(false);
        }

        var during = Memory.Now(collect: false);
        var after = Memory.Now(collect: true);
        await stop.CancelAsync().ConfigureAwait(false);
        await Task.WhenAll(readers).ConfigureAwait(false);

        var delays = seenAt.Select(entry => Stopwatch.GetElapsedTime(sentAt[entry.Key.Answer], entry.Value)).Order().ToArray();
        var missing = (Pages * Expected) - seenAt.Count;
        var refused = turns.SelectMany(t => t).Count(turn => !turn.Succeeded);
        results.Add(Name, "pages (event streams) open", opened.Count(o => o.Task.IsCompletedSuccessfully));
        results.Add(Name, "answers sent / refused", $"{Expected} / {refused}");
        results.Add(Name, "send window, first to last (s)", Stopwatch.GetElapsedTime(sentAt.Min(), sentAt.Max()).TotalSeconds, "F2");
        results.Add(Name, "(page, answer) pairs seen / missing", $"{seenAt.Count} / {missing}");
        results.Add(Name, "update events per page, median", updates.Order().ElementAt(Pages / 2));
        if (delays.Length > 0)
        {
            results.Add(Name, "answer sent → on the page, median (ms)", Percentile(delays, 50).TotalMilliseconds, "F0");
            results.Add(Name, "answer sent → on the page, p95 (ms)", Percentile(delays, 95).TotalMilliseconds, "F0");
            results.Add(Name, "answer sent → on the page, max (ms)", delays[^1].TotalMilliseconds, "F0");
            if (Percentile(delays, 95) > Goal)
            {
                Console.WriteLine($"  note: p95 {Percentile(delays, 95).TotalMilliseconds:F0} ms, over the {Goal.TotalMilliseconds:F0} ms goal");
            }
        }

        results.Add(Name, "working set / GC heap before the streams (MB)", before.ToString());
        results.Add(Name, $"working set / GC heap with {Pages} streams open, idle (MB)", open.ToString());
        results.Add(Name, $"working set / GC heap at the end of the burst, {Pages} streams (MB)", during.ToString());
        results.Add(Name, $"working set / GC heap after a full GC, {Pages} streams (MB)", after.ToString());
        results.Add(Name, "GC heap per open stream, idle (KB)", (open.Heap - before.Heap) / Pages / 1024.0, "F1");
        if (missing > 0)
        {
            results.Fail(Name, $"{missing} (page, answer) pairs never reached their page within {Deadline.TotalSeconds:0} s of the burst");
        }

        if (refused > 0)
        {
            results.Fail(Name, $"{refused} answers were refused");
        }
    }

    private static async Task ReadAsync(
        HttpClient http, Uri events, int page, TaskCompletionSource opened, ConcurrentDictionary<(int, int), long> seenAt,
        ConcurrentDictionary<string, int[]> parsed, int[] updates, string runId, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.GetAsync(events, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                opened.TrySetException(new HttpRequestException($"stream {page}: HTTP {(int)response.StatusCode}"));
                return;
            }

            opened.TrySetResult();
            using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false));
            string? kind = null, id = null, data = null;
            while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
            {
                if (line.Length > 0)
                {
                    if (line.StartsWith("event: ", StringComparison.Ordinal)) kind = line[7..];
                    else if (line.StartsWith("id: ", StringComparison.Ordinal)) id = line[4..];
                    else if (line.StartsWith("data: ", StringComparison.Ordinal)) data = line[6..];
                    continue;
                }

                if (kind == "update" && data is not null)
                {
                    var at = Stopwatch.GetTimestamp();
                    updates[page]++;
                    // Every page gets the same message for a version: its answers are read once.
                    var answers = parsed.GetOrAdd(id ?? data, _ => AnswersIn(data, runId));
                    foreach (var answer in answers)
                    {
                        seenAt.TryAdd((page, answer), at);
                    }
                }

                (kind, id, data) = (null, null, null);
            }
        }
        catch (OperationCanceledException)
        {
            // The scenario is over.
        }
        catch (HttpRequestException exception)
        {
            opened.TrySetException(exception);
        }
    }

    private static int[] AnswersIn(string data, string runId) =>
        AnswerText().Matches(data).Where(match => match.Groups[3].Value == runId)
            .Select(match => (int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) * AnswersPerUser) + int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))
            .Distinct().ToArray();

    private static TimeSpan Percentile(TimeSpan[] sorted, int percent) =>
        sorted[Math.Clamp((int)Math.Ceiling(percent / 100.0 * sorted.Length), 1, sorted.Length) - 1];

    [GeneratedRegex(@"Answer (\d) of participant (\d\d) in run ([0-9a-f]+)")]
    private static partial Regex AnswerText();
}

/// <summary>The process's working set and managed heap, in MB.</summary>
internal readonly record struct Memory(long WorkingSet, long Heap)
{
    public static Memory Now(bool collect)
    {
        if (collect)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
        }

        using var process = Process.GetCurrentProcess();
        return new Memory(process.WorkingSet64, GC.GetTotalMemory(forceFullCollection: false));
    }

    public override string ToString() => $"{WorkingSet / 1048576.0:F0} / {Heap / 1048576.0:F0}";
}
