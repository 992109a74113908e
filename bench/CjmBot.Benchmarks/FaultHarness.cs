using System.Diagnostics;
using System.Security.Cryptography;
using CjmBot.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CjmBot.Benchmarks;

/// <summary>
/// The load and fault harness (<c>CjmBot.Benchmarks faults</c>, run by <c>scripts/harness.sh</c>): the real host over
/// HTTP on loopback against an Azurite in disk mode that the harness starts, stops and restarts itself, and the fake
/// connector, through (a) the 500-answer burst, (b) double delivery, (d) connector 429/503, (c) a storage outage and
/// (e) a host restart. Every scenario checks its invariants; any violation makes the exit code 1. Results go to
/// <c>bench/results/faults.md</c>.
/// </summary>
internal static class FaultHarness
{
    public const string Mode = "faults";

    /// <summary>Where to write the results instead of <c>bench/results/faults.md</c> (scripts/test.sh keeps them in .test-artifacts).</summary>
    public const string ResultsVariable = "CJMBOT_HARNESS_RESULTS";

    /// <summary>The whole harness stops by itself; a healthy run takes about a minute.</summary>
    private static readonly TimeSpan RunLimit = TimeSpan.FromMinutes(3);

    private const string Notes = """
        (a) is the load benchmark's burst (see latest.md for its definitions), here against Azurite in disk mode. (b) sends every
        answer twice (even ones with both copies at once, odd ones one after the other) and the facilitator's `next` twice.
        (d) the fake connector refuses every 2nd call, alternately 429 with `Retry-After: 1` and 503; refused calls are not
        counted as map updates; "posted again" would mean the map was re-sent as a new message. (c) Azurite is stopped with
        SIGINT, its clean shutdown: like Azure Table Storage it then holds everything it acknowledged (SIGKILL would lose
        Azurite's last 5 s, which its in-memory database flushes to disk on a timer). While it is down each answer costs the
        storage client's retries (about 6 s) before the reply. (e) the in-process host is stopped (StopAsync) and a new
        one started over the same tables. Every count is checked: any lost, duplicated or refused answer fails the run.
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        var executable = Environment.GetEnvironmentVariable(AzuriteProcess.ExecutableVariable);
        if (string.IsNullOrWhiteSpace(executable) || !File.Exists(executable))
        {
            Console.Error.WriteLine($"ERROR: {AzuriteProcess.ExecutableVariable} must name the azurite-table executable (scripts/harness.sh sets it).");
            return 3;
        }

        if (!int.TryParse(Environment.GetEnvironmentVariable(AzuriteProcess.PortVariable), out var port) || port is < 1024 or > 65535)
        {
            Console.Error.WriteLine($"ERROR: {AzuriteProcess.PortVariable} must be a free port (scripts/harness.sh sets it).");
            return 2;
        }

        using var limit = new CancellationTokenSource(RunLimit);
        try
        {
            return await RunScenariosAsync(executable, port, args, limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (limit.IsCancellationRequested)
        {
            Console.Error.WriteLine($"ERROR: the fault harness did not finish within {RunLimit.TotalMinutes} minutes.");
            return 4;
        }
    }

    private static async Task<int> RunScenariosAsync(string executable, int port, string[] args, CancellationToken cancellationToken)
    {
        var startedAt = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        var runId = $"{startedAt:yyMMddHHmmss}{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(2))}";
        var results = new ResultsTable
        {
            Title = "CjmBot load and fault harness: latest results",
            Introduction = "The real bot host over HTTP on loopback, Table Storage in an Azurite in disk mode that the harness stops and "
                + "restarts, a fake Bot Connector that can refuse calls. Every count below is checked; a violation fails the run.",
            Notes = Notes.ReplaceLineEndings(" ").Trim(),
        };

        using var azurite = await AzuriteProcess.StartAsync(executable, port, cancellationToken).ConfigureAwait(false);
        await using var connector = await FakeConnector.StartAsync(cancellationToken).ConfigureAwait(false);
        using var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = TimeSpan.FromSeconds(60) };
        var prefix = "faults" + runId;
        var bot = await BotUnderTest.StartAsync(azurite.ConnectionString, prefix, cancellationToken, mapStaysPut: true).ConfigureAwait(false);
        var context = new BenchContext(bot, connector, new BotClient(http, bot.MessagesUri), new TeamsActivities(connector.ServiceUrl), results, runId, TimeProvider.System);
        Console.WriteLine($"Run {runId}: bot at {bot.MessagesUri}, Azurite (disk) on port {port}, fake connector at {connector.ServiceUrl}.");
        var storage = bot.Services.GetRequiredService<IOptions<TableStorageOptions>>().Value;
        try
        {
            await BurstScenario.RunAsync(context, cancellationToken).ConfigureAwait(false);
            await DoubleDeliveryScenario.RunAsync(context, cancellationToken).ConfigureAwait(false);
            await ConnectorFaultScenario.RunAsync(context, cancellationToken).ConfigureAwait(false);
            await StorageOutageScenario.RunAsync(context, azurite, cancellationToken).ConfigureAwait(false);
            context = await HostRestartScenario.RunAsync(context, async () =>
            {
                await context.Bot.DisposeAsync().ConfigureAwait(false);
                var next = await BotUnderTest.StartAsync(azurite.ConnectionString, prefix, cancellationToken, mapStaysPut: true).ConfigureAwait(false);
                return context with { Bot = next, Client = new BotClient(http, next.MessagesUri) };
            }, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await context.Bot.DisposeAsync().ConfigureAwait(false);
            if (azurite.IsRunning)
            {
                await StorageProbe.DeleteTablesAsync(
                    azurite.ConnectionString,
                    [storage.StateTableName, storage.WorkshopsTableName, storage.ConversationsTableName, storage.JobsTableName],
                    CancellationToken.None).ConfigureAwait(false);
            }
        }

        var command = Environment.GetEnvironmentVariable(Program.CommandVariable) is { Length: > 0 } script
            ? script
            : "dotnet run -c Release --project bench/CjmBot.Benchmarks -- " + string.Join(' ', args);
        var output = Environment.GetEnvironmentVariable(ResultsVariable) is { Length: > 0 } path
            ? Path.GetFullPath(path)
            : Program.ResultsPath("faults.md");
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        await File.WriteAllTextAsync(output, results.ToMarkdown(command, startedAt, clock.Elapsed), cancellationToken).ConfigureAwait(false);
        Console.WriteLine();
        Console.WriteLine($"Results table written to {output}");
        if (results.Failures.Count > 0)
        {
            Console.Error.WriteLine("FAILED: " + string.Join("; ", results.Failures));
            return 1;
        }

        Console.WriteLine("Fault harness passed: no answer lost, duplicated or refused, every invariant held.");
        return 0;
    }
}
