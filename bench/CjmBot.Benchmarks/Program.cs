using System.Diagnostics;
using System.Security.Cryptography;
using CjmBot.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CjmBot.Benchmarks;

/// <summary>
/// Load benchmark of the real bot over HTTP against Azurite. Usage: <c>CjmBot.Benchmarks [all | help-latency burst redelivery map-card export map-page themes map-stream export-memory]</c>
/// (or <c>CjmBot.Benchmarks faults</c>, the fault harness: see <see cref="FaultHarness"/>),
/// with the storage connection string in <c>CJMBOT_BENCH_STORAGE</c> (not needed by <c>map-card</c>, <c>export</c>, <c>map-page</c> and <c>themes</c>, which run in process). Exit codes: 0 done, 1 a correctness failure
/// (an answer lost, duplicated or refused), 2 bad arguments, 3 storage unreachable, 4 the run took too long.
/// </summary>
internal static class Program
{
    public const string StorageVariable = "CJMBOT_BENCH_STORAGE";

    /// <summary>Set by scripts/bench.sh so that the results name the command a reader should run again.</summary>
    public const string CommandVariable = "CJMBOT_BENCH_COMMAND";

    private static readonly string[] AllScenarios = [HelpLatencyScenario.Name, BurstScenario.Name, RedeliveryScenario.Name, MapCardScenario.Name, ExportScenario.Name, MapPageWeightScenario.Name, ThemesScenario.Name];

    /// <summary>Run only when named: each takes a minute or so of its own (50 open streams during a burst; 80 concurrent downloads).</summary>
    private static readonly string[] NamedScenarios = [MapStreamScenario.Name, ExportMemoryScenario.Name];

    /// <summary>Scenarios that talk to the bot over HTTP and need Table Storage.</summary>
    private static readonly string[] HostScenarios = [HelpLatencyScenario.Name, BurstScenario.Name, RedeliveryScenario.Name, MapStreamScenario.Name, ExportMemoryScenario.Name];

    /// <summary>A hung run stops by itself; a healthy one takes well under a minute.</summary>
    private static readonly TimeSpan RunLimit = TimeSpan.FromMinutes(3);

    public static async Task<int> Main(string[] args)
    {
        if (args is [FaultHarness.Mode, ..])
        {
            return await FaultHarness.RunAsync(args).ConfigureAwait(false);
        }

        if (args is [PeerComparison.Mode, ..])
        {
            return await PeerComparison.RunAsync(args).ConfigureAwait(false);
        }

        var scenarios = args.Length == 0 || args.Contains("all") ? AllScenarios : args.Distinct(StringComparer.Ordinal).ToArray();
        if (scenarios.FirstOrDefault(name => !AllScenarios.Contains(name) && !NamedScenarios.Contains(name)) is { } unknown)
        {
            Console.Error.WriteLine($"Unknown scenario '{unknown}'. Scenarios: all ({string.Join(", ", AllScenarios)}), {string.Join(", ", NamedScenarios)}.");
            return 2;
        }

        var connectionString = Environment.GetEnvironmentVariable(StorageVariable);
        if (!scenarios.Any(HostScenarios.Contains))
        {
            return await RunAsync(scenarios, "", args, CancellationToken.None).ConfigureAwait(false);
        }

        if (string.IsNullOrWhiteSpace(connectionString))
        {
            Console.Error.WriteLine($"ERROR: {StorageVariable} is not set. Run scripts/bench.sh, which starts Azurite and sets it.");
            return 3;
        }

        using var limit = new CancellationTokenSource(RunLimit);
        if (await StorageProbe.FindProblemAsync(connectionString, limit.Token).ConfigureAwait(false) is { } problem)
        {
            Console.Error.WriteLine($"ERROR: Table Storage (Azurite) is not reachable with {StorageVariable}: {problem}");
            return 3;
        }

        try
        {
            return await RunAsync(scenarios, connectionString, args, limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (limit.IsCancellationRequested)
        {
            Console.Error.WriteLine($"ERROR: the benchmark did not finish within {RunLimit.TotalMinutes} minutes.");
            return 4;
        }
    }

    private static async Task<int> RunAsync(string[] scenarios, string connectionString, string[] args, CancellationToken cancellationToken)
    {
        var startedAt = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        var runId = $"{startedAt:yyMMddHHmmss}{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(2))}";
        var results = new ResultsTable();

        if (scenarios.Any(HostScenarios.Contains))
        {
            await RunHostScenariosAsync(scenarios, connectionString, runId, results, cancellationToken).ConfigureAwait(false);
        }

        if (scenarios.Contains(MapCardScenario.Name))
        {
            MapCardScenario.Run(results);
        }

        if (scenarios.Contains(ThemesScenario.Name))
        {
            ThemesScenario.Run(results);
        }

        if (scenarios.Contains(MapPageWeightScenario.Name))
        {
            MapPageWeightScenario.Run(results);
        }

        if (scenarios.Contains(ExportScenario.Name))
        {
            await ExportScenario.RunAsync(results, cancellationToken).ConfigureAwait(false);
        }

        var command = Environment.GetEnvironmentVariable(CommandVariable) is { Length: > 0 } script
            ? script
            : "dotnet run -c Release --project bench/CjmBot.Benchmarks -- " + (args.Length == 0 ? "all" : string.Join(' ', args));
        var output = ResultsPath("latest.md");
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        await File.WriteAllTextAsync(output, results.ToMarkdown(command, startedAt, clock.Elapsed), cancellationToken).ConfigureAwait(false);
        Console.WriteLine();
        Console.WriteLine($"Results table written to {output}");
        if (results.Failures.Count > 0)
        {
            Console.Error.WriteLine("FAILED: " + string.Join("; ", results.Failures));
            return 1;
        }

        Console.WriteLine("Benchmark done: no answer lost, duplicated or refused.");
        return 0;
    }

    private static async Task RunHostScenariosAsync(string[] scenarios, string connectionString, string runId, ResultsTable results, CancellationToken cancellationToken)
    {
        await using var connector = await FakeConnector.StartAsync(cancellationToken).ConfigureAwait(false);
        await using var bot = await BotUnderTest.StartAsync(connectionString, "bench" + runId, cancellationToken).ConfigureAwait(false);
        using var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = TimeSpan.FromSeconds(60) };
        var context = new BenchContext(bot, connector, new BotClient(http, bot.MessagesUri), new TeamsActivities(connector.ServiceUrl), results, runId, TimeProvider.System);
        Console.WriteLine($"Run {runId}: bot at {bot.MessagesUri}, fake connector at {connector.ServiceUrl}, {Environment.ProcessorCount} cores.");

        try
        {
            if (scenarios.Contains(HelpLatencyScenario.Name))
            {
                await HelpLatencyScenario.RunAsync(context, cancellationToken).ConfigureAwait(false);
            }

            if (scenarios.Contains(MapStreamScenario.Name))
            {
                await MapStreamScenario.RunAsync(context, cancellationToken).ConfigureAwait(false);
            }

            if (scenarios.Contains(ExportMemoryScenario.Name))
            {
                await ExportMemoryScenario.RunAsync(context, cancellationToken).ConfigureAwait(false);
            }

            if (scenarios.Contains(BurstScenario.Name) || scenarios.Contains(RedeliveryScenario.Name))
            {
                var burst = await BurstScenario.RunAsync(context, cancellationToken).ConfigureAwait(false);
                if (burst is not null && scenarios.Contains(RedeliveryScenario.Name))
                {
                    await RedeliveryScenario.RunAsync(context, burst, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        finally
        {
            var storage = bot.Services.GetRequiredService<IOptions<TableStorageOptions>>().Value;
            await StorageProbe.DeleteTablesAsync(
                connectionString,
                [storage.StateTableName, storage.WorkshopsTableName, storage.ConversationsTableName, storage.JobsTableName],
                CancellationToken.None).ConfigureAwait(false);
        }
    }

    /// <summary><c>bench/results/{fileName}</c> of the repository the benchmark was built from.</summary>
    public static string ResultsPath(string fileName)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CjmBot.sln")))
            {
                return Path.Combine(directory.FullName, "bench", "results", fileName);
            }
        }

        return Path.Combine(Environment.CurrentDirectory, fileName);
    }
}
