using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using CjmBot.Protocol.State;
using CjmBot.Storage;
using CjmBot.Workshops;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CjmBot.IntegrationTests.Storage;

/// <summary>
/// Storage that cannot be reached surfaces, through the client <c>AddCjmBotStorage</c> builds and after its retries,
/// as <see cref="StorageUnavailableException"/>, which the bot turns into "send it again". No Azurite: nothing listens.
/// </summary>
public sealed class StorageUnavailableTests : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    public StorageUnavailableTests()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "AzureTables",
            ["Storage:ConnectionString"] = ConnectionStringTo(ClosedLoopbackPort()),
            ["Storage:TablePrefix"] = "down",
        }).Build());
        services.AddLogging();
        services.AddCjmBotStorage();
        _provider = services.BuildServiceProvider();
    }

    public ValueTask DisposeAsync() => _provider.DisposeAsync();

    [Fact]
    public async Task StateStore_NothingListening_ThrowsStorageUnavailable()
    {
        var store = _provider.GetRequiredService<IStateStore>();

        var exception = await Assert.ThrowsAsync<StorageUnavailableException>(
            () => store.WriteAsync("conversation/x", new JsonObject { ["a"] = 1 }, null, CancellationToken.None));

        Assert.NotNull(exception.InnerException);
    }

    [Fact]
    public async Task WorkshopRepository_NothingListening_ThrowsStorageUnavailable()
    {
        var repository = _provider.GetRequiredService<IWorkshopRepository>();

        await Assert.ThrowsAsync<StorageUnavailableException>(
            () => repository.GetActiveWorkshopIdAsync("19:nobody@thread.v2", CancellationToken.None));
    }

    [Fact]
    public async Task StateStore_CallerCancels_ThrowsCancellationNotUnavailable()
    {
        var store = _provider.GetRequiredService<IStateStore>();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var exception = await Record.ExceptionAsync(() => store.ReadAsync("conversation/x", cancelled.Token));

        Assert.IsAssignableFrom<OperationCanceledException>(exception);
    }

    /// <summary>A port that was free a moment ago: bound by the system, then released.</summary>
    private static int ClosedLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static string ConnectionStringTo(int port) =>
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;"
        + "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;"
        + $"TableEndpoint=http://127.0.0.1:{port}/devstoreaccount1;";
}
