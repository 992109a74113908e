using System.Diagnostics.Metrics;
using CjmBot.Storage;
using CjmBot.Storage.Telemetry;
using CjmBot.Storage.Workshops;
using CjmBot.Testing;
using CjmBot.Workshops;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using CjmBot.Workshops.Writes;
using Xunit;
using static CjmBot.IntegrationTests.Storage.WorkshopSamples;

namespace CjmBot.IntegrationTests.Storage;

/// <summary>The <c>cjmbot.storage.requests</c> metric, fed by the same pipeline policy as <see cref="StorageRequestCounter"/>.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class StorageTelemetryTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;

    private readonly ServiceProvider _provider;
    private readonly TableWorkshopRepository _repository;
    private readonly MetricRecorder _metrics;

    public StorageTelemetryTests(AzuriteFixture azurite)
    {
        azurite.GetReachableClient();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "AzureTables",
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["Storage:TablePrefix"] = AzuriteFixture.NewTablePrefix(),
        }).Build());
        services.AddLogging();
        services.AddCjmBotStorage();
        _provider = services.BuildServiceProvider();
        _repository = Assert.IsType<TableWorkshopRepository>(_provider.GetRequiredService<IWorkshopRepository>());
        _metrics = new MetricRecorder(_provider.GetRequiredService<IMeterFactory>());
    }

    public async Task InitializeAsync()
    {
        var frame = Frame("ws-metric");
        await _repository.CreateAsync(frame, Progress(frame), None);
    }

    public async Task DisposeAsync()
    {
        _metrics.Dispose();
        var client = _provider.GetRequiredService<Azure.Data.Tables.TableServiceClient>();
        await client.DeleteTableAsync(_repository.WorkshopsTableName);
        await client.DeleteTableAsync(_repository.ConversationsTableName);
        await _provider.DisposeAsync();
    }

    [Fact]
    public async Task AddContribution_OneInsert_CountsOnePostAndMatchesTheCounter()
    {
        // The person's first answer in the workshop also writes their index row; the second is the one insert.
        Assert.Equal(WriteOutcome.Written, await _repository.AddContributionAsync(Answer("ws-metric", "m0", Alice, "First answer", T0), None));
        var before = _metrics.Of("cjmbot.storage.requests").Count;
        var counted = _provider.GetRequiredService<StorageRequestCounter>().Requests;

        Assert.Equal(WriteOutcome.Written, await _repository.AddContributionAsync(Answer("ws-metric", "m1", Alice, "Answer", T0), None));

        var after = _metrics.Of("cjmbot.storage.requests").Skip(before).ToList();
        var request = Assert.Single(after);
        Assert.Equal("POST", request.Tags[StorageTelemetry.MethodTag]);
        Assert.Equal(counted + 1, _provider.GetRequiredService<StorageRequestCounter>().Requests);
    }
}
