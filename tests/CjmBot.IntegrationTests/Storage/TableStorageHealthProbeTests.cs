using Azure;
using Azure.Data.Tables;
using CjmBot.Storage;
using Xunit;

namespace CjmBot.IntegrationTests.Storage;

[Collection(AzuriteCollection.Name)]
public sealed class TableStorageHealthProbeTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Probe_AzuriteUp_Succeeds()
    {
        var client = azurite.GetReachableClient();

        var exception = await Record.ExceptionAsync(() => TableStorageHealthProbe.ProbeAsync(client, "cjmState", CancellationToken.None));

        Assert.Null(exception);
    }

    [Fact]
    public async Task Probe_NothingListening_Throws()
    {
        // Port 9 (discard) is closed on loopback here; no retries so that the failure is immediate.
        var client = new TableServiceClient(
            "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:9/devstoreaccount1;",
            new TableClientOptions { Retry = { MaxRetries = 0, NetworkTimeout = TimeSpan.FromSeconds(5) } });

        await Assert.ThrowsAsync<RequestFailedException>(() => TableStorageHealthProbe.ProbeAsync(client, "cjmState", CancellationToken.None));
    }
}
