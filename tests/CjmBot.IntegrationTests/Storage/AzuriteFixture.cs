using Azure.Data.Tables;
using Xunit;

namespace CjmBot.IntegrationTests.Storage;

/// <summary>
/// The Azurite (or real Table Storage) account the storage tests run against: connection string from
/// <c>CJMBOT_TEST_STORAGE</c>, Azurite by default. Probed once; when it is unreachable every test that asks for
/// the client fails with the reason. These tests never skip.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    public const string ConnectionStringVariable = "CJMBOT_TEST_STORAGE";
    public const string DefaultConnectionString = "UseDevelopmentStorage=true";

    private TableServiceClient? _client;
    private string? _failure;

    public string ConnectionString { get; } =
        Environment.GetEnvironmentVariable(ConnectionStringVariable) is { Length: > 0 } configured ? configured : DefaultConnectionString;

    public async Task InitializeAsync()
    {
        var endpoint = ConnectionString;
        try
        {
            var probe = new TableServiceClient(ConnectionString, new TableClientOptions
            {
                Retry = { MaxRetries = 0, NetworkTimeout = TimeSpan.FromSeconds(5) },
            });
            endpoint = probe.Uri.ToString();
            await foreach (var page in probe.QueryAsync(maxPerPage: 1).AsPages())
            {
                break;
            }

            _client = new TableServiceClient(ConnectionString);
        }
        catch (Exception exception)
        {
            _failure = $"Azurite is not reachable at {endpoint} ({exception.GetType().Name}: {FirstLine(exception.Message)}); " +
                $"run scripts/test.sh, which starts it, or set {ConnectionStringVariable} to a reachable storage account.";
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>The client, or a failed test explaining why there is none.</summary>
    public TableServiceClient GetReachableClient()
    {
        if (_failure is not null || _client is null)
        {
            Assert.Fail(_failure ?? "The Azurite fixture was not initialized.");
        }

        return _client;
    }

    /// <summary>A table prefix of its own for every test: letters and digits, starting with a letter.</summary>
    public static string NewTablePrefix() => "t" + Guid.NewGuid().ToString("N")[..12];

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}
