using System.Globalization;
using System.Security.Cryptography;
using CjmBot.Protocol.Schema;
using CjmBot.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Stopwatch = System.Diagnostics.Stopwatch;

namespace CjmBot.Benchmarks;

/// <summary>How one bot did under the same load.</summary>
/// <param name="OwnCpu">CPU time of this process (load generator and fake connector, plus CjmBot's host for CjmBot's rounds) over the measured turns.</param>
/// <param name="OtherCpu">CPU time of the processes named in <see cref="ProcessCpu.PidsVariable"/> (Azurite, the peer) over the measured turns.</param>
internal sealed record PeerResult(
    string Bot, int Turns, TimeSpan Elapsed, LatencySummary Latency, int Errors, int Confirmed, TimeSpan OwnCpu, IReadOnlyDictionary<string, TimeSpan> OtherCpu)
{
    public double TurnsPerSecond => Turns / Elapsed.TotalSeconds;
}

/// <summary>
/// <c>CjmBot.Benchmarks peer</c> (run by <c>scripts/peer.sh</c>): the same guided-question turn (a participant's
/// answer stored with persisted state, then "recorded" and what comes next) against CjmBot (in-process host, Table
/// Storage in Azurite) and against the botbuilder-js 4.23 peer in bench/peer-botbuilder (its own Node process,
/// BlobsStorage in Azurite), driven by this one load generator: N personal chats at once, each sending its answers one
/// after the other. Not part of CI: a benchmark. Results go to bench/results/peer.md.
/// </summary>
internal static class PeerComparison
{
    public const string Mode = "peer";
    public const string PeerUrlVariable = "CJMBOT_PEER_URL";

    private const int Conversations = 20;
    private const int WarmUpTurns = 3;
    private const int MeasuredTurns = 25;

    /// <summary>The two bots take turns this many times, so that whatever else loads the machine falls on both alike.</summary>
    private const int Rounds = 5;

    /// <summary>
    /// Rounds of each not counted: both runtimes compile their hot paths meanwhile (.NET's tiered JIT, V8). With one
    /// round only, the first measured rounds still paid for background JIT (CjmBot's CPU per turn fell by half from
    /// round 2 to round 4).
    /// </summary>
    private const int WarmUpRounds = 3;

    public static async Task<int> RunAsync(string[] args)
    {
        var storageConnection = Environment.GetEnvironmentVariable(Program.StorageVariable);
        var peerUrl = Environment.GetEnvironmentVariable(PeerUrlVariable);
        if (string.IsNullOrWhiteSpace(storageConnection) || !Uri.TryCreate(peerUrl, UriKind.Absolute, out var peerUri))
        {
            Console.Error.WriteLine($"ERROR: {Program.StorageVariable} and {PeerUrlVariable} must be set (scripts/peer.sh sets them).");
            return 3;
        }

        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        var cancellationToken = limit.Token;
        var startedAt = DateTimeOffset.UtcNow;
        var runId = $"{startedAt:yyMMddHHmmss}{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(2))}";
        var results = new ResultsTable
        {
            Title = "CjmBot against a botbuilder-js peer: latest results",
            Introduction = $"The same guided-question turn, the same load generator, the same fake connector, on this machine: {Conversations} personal "
                + $"chats at once, each sending {MeasuredTurns} answers one after the other (after {WarmUpTurns} unmeasured), authentication off on both; "
                + $"{WarmUpRounds} rounds of each to warm up, then {Rounds} measured rounds, the bots taking turns; the round with the median turns/s is reported for each.",
            Notes = "CjmBot: the real host in the load generator's process; per answer it reads the active workshop's progress row by its "
                + "key (status and current question) and inserts the answer as its own row in Azurite's Table service, then replies `✓ Recorded`. "
                + "The conversation index (which workshop is active, whether the chat is marked for asynchronous sequences) and the workshop's "
                + "frame are kept in memory from earlier turns and used only while that progress row's stamps say they are unchanged: every change "
                + "of an index or a frame raises them (index changes before they are written, frame changes in one transaction with the row), so "
                + "several instances stay correct; the first turn in a conversation reads both (3 requests). It also keeps the live map, which the "
                + "peer has no equivalent of: a create-only redraw job per workshop and second, then a claim, a load of the whole workshop, a PUT "
                + "of the map card to the connector and the watermark under ETag (about 0.2 of the storage requests per turn). Peer: "
                + "bench/peer-botbuilder, botbuilder 4.23.3 CloudAdapter + ActivityHandler, ConversationState in BlobsStorage "
                + "(botbuilder-azure-blobs 4.23.3) on Azurite's Blob service, one Node process: read state, append the answer (its blob grows with "
                + "every answer), reply `✓ Recorded. Next: …`, save state under ETag; no workshop lookup, status check or map. Warm-up: the first "
                + "rounds cost both runtimes far more CPU per turn (.NET's tiered JIT recompiles thousands of methods with profile data; V8 "
                + "optimises), so several unmeasured rounds come first. Turns/s: measured turns divided by the wall time from the first measured "
                + "request to the last response. Latency: request sent to response read. CPU per turn: CPU time of each process over the measured "
                + "turns (Linux /proc), divided by them; the load generator's process also hosts CjmBot in CjmBot's rounds (and CjmBot's idle "
                + "job polling in the peer's). Both bots are CPU-bound on this machine, so the turns/s ratio follows the ratio of CPU per turn, "
                + "and Azurite's CPU per request bounds CjmBot's side.",
        };

        await using var connector = await FakeConnector.StartAsync(cancellationToken).ConfigureAwait(false);
        using var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5), MaxConnectionsPerServer = 256 })
        {
            Timeout = TimeSpan.FromSeconds(60),
        };
        var activities = new TeamsActivities(connector.ServiceUrl);

        var oursRounds = new List<PeerResult>();
        var peerRounds = new List<PeerResult>();
        string[] tables;
        var tablePrefix = "peer" + runId;
        await using (var bot = await BotUnderTest.StartAsync(storageConnection, tablePrefix, cancellationToken).ConfigureAwait(false))
        {
            var context = new BenchContext(bot, connector, new BotClient(http, bot.MessagesUri), activities, results, runId, TimeProvider.System);
            var conversations = Enumerable.Range(0, Conversations).Select(i => $"a:peer-ours-{runId}-{i:00}").ToList();
            foreach (var (conversationId, index) in conversations.Select((id, i) => (id, i)))
            {
                if (await BurstScenario.StartWorkshopAsync(context, "peer", conversationId, cancellationToken, personal: true, User(index)).ConfigureAwait(false) is null)
                {
                    Console.Error.WriteLine("FAILED: " + string.Join("; ", results.Failures));
                    return 1;
                }
            }

            var peerContext = context with { Client = new BotClient(http, peerUri) };
            var peerConversations = Enumerable.Range(0, Conversations).Select(i => $"a:peer-js-{runId}-{i:00}").ToList();
            var counter = bot.Services.GetRequiredService<StorageRequestCounter>();
            var requestsByKind = new Dictionary<string, long>(StringComparer.Ordinal);
            var countedTurns = 0;
            for (var round = 0; round < WarmUpRounds + Rounds; round++)
            {
                var before = counter.ByKind();
                var oursRound = await DriveAsync("CjmBot (.NET 10, Table Storage)", context, conversations, round, cancellationToken).ConfigureAwait(false);
                if (round >= WarmUpRounds)
                {
                    // Warm-up turns included: every turn of the round sent its requests, and the redraws they asked for ran before the round ended.
                    countedTurns += conversations.Count * (WarmUpTurns + MeasuredTurns);
                    foreach (var (kind, count) in counter.ByKind())
                    {
                        requestsByKind[kind] = requestsByKind.GetValueOrDefault(kind) + count - before.GetValueOrDefault(kind);
                    }
                }

                var peerRound = await DriveAsync("botbuilder-js 4.23.3 (Node, BlobsStorage)", peerContext, peerConversations, round, cancellationToken).ConfigureAwait(false);
                if (round >= WarmUpRounds)
                {
                    oursRounds.Add(oursRound);
                    peerRounds.Add(peerRound);
                }
            }

            results.Add("storage", "CjmBot storage requests per turn", requestsByKind.Values.Sum() / (double)countedTurns, "F2");
            foreach (var (kind, count) in requestsByKind.Where(pair => pair.Value > 0).OrderByDescending(pair => pair.Value))
            {
                results.Add("storage", $"CjmBot `{kind.Replace(tablePrefix, "", StringComparison.Ordinal)}` per turn", count / (double)countedTurns, "F2");
            }

            var storage = bot.Services.GetRequiredService<IOptions<TableStorageOptions>>().Value;
            tables = [storage.StateTableName, storage.WorkshopsTableName, storage.ConversationsTableName, storage.JobsTableName];
        }

        await StorageProbe.DeleteTablesAsync(storageConnection, tables, CancellationToken.None).ConfigureAwait(false);
        var ours = Median(oursRounds);
        var peer = Median(peerRounds);
        results.Add("rounds", "CjmBot turns/s per round", string.Join(", ", oursRounds.Select(r => r.TurnsPerSecond.ToString("F0", CultureInfo.InvariantCulture))));
        results.Add("rounds", "peer turns/s per round", string.Join(", ", peerRounds.Select(r => r.TurnsPerSecond.ToString("F0", CultureInfo.InvariantCulture))));
        results.Add("rounds", "CjmBot ÷ peer per round", string.Join(", ", oursRounds.Zip(peerRounds, (o, p) => (o.TurnsPerSecond / p.TurnsPerSecond).ToString("F1", CultureInfo.InvariantCulture))));

        foreach (var result in new[] { ours, peer })
        {
            results.Add(result.Bot, "turns measured", result.Turns);
            results.Add(result.Bot, "turns per second", result.TurnsPerSecond, "F0");
            results.AddLatency(result.Bot, "turn latency", result.Latency);
            results.Add(result.Bot, "errors (non-2xx)", result.Errors);
            results.Add(result.Bot, "turns confirmed by a reply", result.Confirmed);
            results.Add(result.Bot, "CPU per turn: load generator's process (ms)", result.OwnCpu.TotalMilliseconds / result.Turns, "F2");
            foreach (var (name, used) in result.OtherCpu.Where(pair => pair.Value.TotalMilliseconds / result.Turns >= 0.05))
            {
                results.Add(result.Bot, $"CPU per turn: {name} (ms)", used.TotalMilliseconds / result.Turns, "F2");
            }

            results.Add(result.Bot, "CPU per turn: all of these (ms)", (result.OwnCpu + result.OtherCpu.Values.Aggregate(TimeSpan.Zero, (a, b) => a + b)).TotalMilliseconds / result.Turns, "F2");
            if (result.Errors > 0 || result.Confirmed < result.Turns)
            {
                results.Fail(result.Bot, $"{result.Errors} errors, {result.Confirmed} of {result.Turns} turns confirmed");
            }
        }

        results.Add("ratio", "CjmBot turns/s ÷ peer turns/s", ours.TurnsPerSecond / peer.TurnsPerSecond, "F1");
        results.Add("ratio", "peer p99 ÷ CjmBot p99", peer.Latency.P99 / ours.Latency.P99, "F1");

        var output = Program.ResultsPath("peer.md");
        await File.WriteAllTextAsync(output, results.ToMarkdown("scripts/peer.sh", startedAt, DateTimeOffset.UtcNow - startedAt), cancellationToken).ConfigureAwait(false);
        Console.WriteLine();
        Console.WriteLine($"Results table written to {output}");
        return results.Failures.Count == 0 ? 0 : 1;
    }

    private static PeerResult Median(List<PeerResult> rounds) => rounds.OrderBy(round => round.TurnsPerSecond).ElementAt(rounds.Count / 2);

    private static ChannelAccount User(int index) => TeamsActivities.User($"29:peer-user-{index:00}", $"Participant {index:00}");

    /// <summary>Every conversation at once, each sending its answers one after the other; only the turns after the warm-up are measured.</summary>
    private static async Task<PeerResult> DriveAsync(string bot, BenchContext context, IReadOnlyList<string> conversations, int round, CancellationToken cancellationToken)
    {
        Console.WriteLine($"Round {round + 1}, {bot}: {conversations.Count} conversations x {MeasuredTurns} turns");
        var connectorBefore = context.Connector.Calls.Count;
        await Task.WhenAll(conversations.Select((id, i) => SendAnswersAsync(context, id, i, $"warm{round}", WarmUpTurns, cancellationToken))).ConfigureAwait(false);
        var confirmedBefore = Confirmations(context, connectorBefore);

        var cpuBefore = Environment.CpuUsage.TotalTime;
        var started = Stopwatch.GetTimestamp();
        var (turns, otherCpu) = await ProcessCpu.MeasureAsync(() => Task.WhenAll(
            conversations.Select((id, i) => SendAnswersAsync(context, id, i, $"measured{round}", MeasuredTurns, cancellationToken)))).ConfigureAwait(false);
        var elapsed = Stopwatch.GetElapsedTime(started);
        var cpu = Environment.CpuUsage.TotalTime - cpuBefore;
        var all = turns.SelectMany(t => t).ToList();
        Console.WriteLine($"  {all.Count / elapsed.TotalSeconds:F0} turns/s, p99 {LatencySummary.Of(all.Select(turn => turn.Latency)).P99.TotalMilliseconds:F0} ms; "
            + $"CPU per turn (ms): this process {cpu.TotalMilliseconds / all.Count:F2}"
            + string.Concat(otherCpu.Select(used => $", {used.Key} {used.Value.TotalMilliseconds / all.Count:F2}")));

        // Replies may arrive a moment after the responses (the peer answers the HTTP request before its reply lands).
        await Task.Delay(TimeSpan.FromMilliseconds(500), context.Time, cancellationToken).ConfigureAwait(false);
        var confirmed = Confirmations(context, connectorBefore) - confirmedBefore;
        return new PeerResult(bot, all.Count, elapsed, LatencySummary.Of(all.Select(turn => turn.Latency)), all.Count(turn => !turn.Succeeded), confirmed, cpu, otherCpu);
    }

    private static int Confirmations(BenchContext context, int since) =>
        context.Connector.Calls.Skip(since).Count(call => call.Method == "POST" && call.Text?.Contains("Recorded", StringComparison.Ordinal) == true);

    private static async Task<List<TurnResult>> SendAnswersAsync(
        BenchContext context, string conversationId, int index, string phase, int count, CancellationToken cancellationToken)
    {
        var turns = new List<TurnResult>(count);
        for (var turn = 0; turn < count; turn++)
        {
            // Alone in a personal chat each answer moves CjmBot on, so every third one meets the emotions question: the
            // leading score makes it an answer there too (elsewhere it is part of the words), the same text for both bots.
            var text = string.Create(CultureInfo.InvariantCulture, $"+1 {phase} answer {turn} of participant {index:00}: compare prices, read reviews");
            var activity = context.Activities.PersonalMessage(conversationId, User(index), $"{conversationId}-{phase}-{turn}", text);
            turns.Add(await context.Client.SendAsync(activity, cancellationToken).ConfigureAwait(false));
        }

        return turns;
    }
}
