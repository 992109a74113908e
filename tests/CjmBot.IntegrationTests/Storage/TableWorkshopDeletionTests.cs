using Azure.Data.Tables;
using CjmBot.Storage;
using CjmBot.Storage.Scheduling;
using CjmBot.Storage.Workshops;
using CjmBot.Workshops;
using CjmBot.Workshops.Scheduling;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Xunit;
using static CjmBot.IntegrationTests.Storage.WorkshopSamples;

namespace CjmBot.IntegrationTests.Storage;

/// <summary>The deletion contract on Azurite, and the tables read directly afterwards: no row of the workshop is left.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class TableWorkshopDeletionTests : WorkshopDeletionContractTests
{
    private readonly TableServiceClient _client;
    private readonly TableWorkshopRepository _repository;
    private readonly TableScheduledJobStore _jobs;

    public TableWorkshopDeletionTests(AzuriteFixture azurite)
    {
        _client = azurite.GetReachableClient();
        var options = Options.Create(new TableStorageOptions { ConnectionString = azurite.ConnectionString, TablePrefix = AzuriteFixture.NewTablePrefix() });
        _repository = new TableWorkshopRepository(_client, options, NullLogger<TableWorkshopRepository>.Instance);
        _jobs = new TableScheduledJobStore(_client, options, NullLogger<TableScheduledJobStore>.Instance);
    }

    protected override IWorkshopRepository Repository => _repository;

    protected override IScheduledJobStore Jobs => _jobs;

    public override async Task DisposeAsync()
    {
        await _client.DeleteTableAsync(_repository.WorkshopsTableName);
        await _client.DeleteTableAsync(_repository.ConversationsTableName);
        await _client.DeleteTableAsync(_jobs.TableName);
        _repository.Dispose();
        _jobs.Dispose();
    }

    [Fact]
    public async Task DeleteAsync_RowsOfOtherFeaturesInThePartition_AreRemovedAndCountedByPrefix()
    {
        var frame = Frame("ws-rows");
        var neighbour = Frame("ws-neighbour");
        await _repository.CreateAsync(frame, Concluded(frame), None);
        await _repository.CreateAsync(neighbour, Progress(neighbour), None);
        await _repository.AddContributionAsync(Answer(frame.Id, "a1", Alice, "Ответ", T0), None);
        await _repository.AddContributionAsync(Answer(neighbour.Id, "a1", Alice, "Соседний ответ", T0), None);
        var workshops = _client.GetTableClient(_repository.WorkshopsTableName);
        await workshops.AddEntityAsync(new TableEntity("ws-rows", "vote|a1|29:1bob") { ["Dots"] = 2 });
        await workshops.AddEntityAsync(new TableEntity("ws-rows", "vote|a1|29:1carol") { ["Dots"] = 1 });
        await workshops.AddEntityAsync(new TableEntity("ws-rows", "action|1") { ["Text"] = "Показывать стоимость доставки сразу" });

        var removal = await _repository.DeleteAsync(frame.Id, None);

        Assert.NotNull(removal);
        Assert.Equal(2, removal.OtherRows["vote"]);
        Assert.Equal(1, removal.OtherRows["action"]);
        Assert.Empty(await workshops.QueryAsync<TableEntity>(e => e.PartitionKey == "ws-rows").ToListAsync());
        var index = await _client.GetTableClient(_repository.ConversationsTableName).QueryAsync<TableEntity>().ToListAsync();
        Assert.Equal(["ws-neighbour"], index.Where(row => row.RowKey.StartsWith("w|", StringComparison.Ordinal)).Select(row => row.GetString("WorkshopId")));
        Assert.Equal(4, (await workshops.QueryAsync<TableEntity>(e => e.PartitionKey == "ws-neighbour").ToListAsync()).Count);
    }
}
