using System.Diagnostics;
using System.Globalization;

namespace CjmBot.Benchmarks;

/// <summary>
/// An Azurite Table service the harness starts itself, in disk mode (<c>--location</c>), so that it can stop it in the
/// middle of a workshop and start it again on the same port over the same data. Only this process is ever signalled.
/// </summary>
internal sealed class AzuriteProcess : IDisposable
{
    public const string ExecutableVariable = "CJMBOT_HARNESS_AZURITE";
    public const string PortVariable = "CJMBOT_HARNESS_AZURITE_PORT";
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly Lock LogGate = new();

    private readonly string _executable;
    private readonly string _location;
    private readonly string _logPath;
    private Process? _process;

    private AzuriteProcess(string executable, int port, string location)
    {
        _executable = executable;
        Port = port;
        _location = location;
        _logPath = Path.Combine(location, "azurite-harness.log");
    }

    public int Port { get; }

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};TableEndpoint=http://127.0.0.1:{Port}/devstoreaccount1;";

    public bool IsRunning => _process is { HasExited: false };

    /// <summary>Starts Azurite on <paramref name="port"/> over a new data directory and waits until it answers.</summary>
    public static async Task<AzuriteProcess> StartAsync(string executable, int port, CancellationToken cancellationToken)
    {
        var location = Path.Combine(Path.GetTempPath(), "cjmbot-harness-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(location);
        var azurite = new AzuriteProcess(executable, port, location);
        await azurite.RestartAsync(cancellationToken).ConfigureAwait(false);
        return azurite;
    }

    /// <summary>Starts (again) on the same port over the same data directory, and waits until it answers.</summary>
    public async Task RestartAsync(CancellationToken cancellationToken)
    {
        if (IsRunning)
        {
            throw new InvalidOperationException("Azurite is already running.");
        }

        var start = new ProcessStartInfo(_executable)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[]
                 {
                     "--tableHost", "127.0.0.1", "--tablePort", Port.ToString(CultureInfo.InvariantCulture),
                     "--location", _location, "--disableTelemetry", "--silent",
                 })
        {
            start.ArgumentList.Add(argument);
        }

        _process?.Dispose();
        _process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {_executable}.");
        var log = _logPath;
        _process.OutputDataReceived += (_, line) => Append(log, line.Data);
        _process.ErrorDataReceived += (_, line) => Append(log, line.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(30))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"Azurite exited with code {_process.ExitCode} while starting (log: {_logPath}).");
            }

            if (await StorageProbe.FindProblemAsync(ConnectionString, cancellationToken).ConfigureAwait(false) is null)
            {
                return;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken).ConfigureAwait(false);
        }

        throw new InvalidOperationException($"Azurite did not answer on port {Port} within 30 s (log: {_logPath}).");
    }

    /// <summary>
    /// Stops Azurite with SIGINT, its clean shutdown (it writes its data to disk first), as a storage outage where
    /// everything storage acknowledged is durable; kills it if it has not exited within 10 s.
    /// </summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_process is not { HasExited: false } process)
        {
            return;
        }

        using (var signal = Process.Start(new ProcessStartInfo("kill", ["-INT", process.Id.ToString(CultureInfo.InvariantCulture)]) { UseShellExecute = false }))
        {
            if (signal is not null)
            {
                await signal.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        using var grace = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        grace.CancelAfter(TimeSpan.FromSeconds(10));
        try
        {
            await process.WaitForExitAsync(grace.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Console.WriteLine("  note: Azurite did not exit within 10 s of SIGINT; killing it");
            process.Kill();
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public void Dispose()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill();
            process.WaitForExit(TimeSpan.FromSeconds(10));
        }

        _process?.Dispose();
        try
        {
            Directory.Delete(_location, recursive: true);
        }
        catch (IOException exception)
        {
            Console.Error.WriteLine($"Could not delete {_location}: {exception.Message}");
        }
    }

    private static void Append(string path, string? line)
    {
        if (line is not null)
        {
            lock (LogGate)
            {
                File.AppendAllText(path, line + Environment.NewLine);
            }
        }
    }
}
