using Azure.Data.Tables;
using CjmBot.Storage;
using CjmBot.Storage.Scheduling;
using CjmBot.Workshops.Scheduling;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Xunit;

namespace CjmBot.IntegrationTests.Storage;

/// <summary>The contract on Azurite, plus the table store's own row layout.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class TableScheduledJobStoreTests : ScheduledJobStoreContractTests
{
    private readonly TableServiceClient _client;
    private readonly TableScheduledJobStore _store;

    public TableScheduledJobStoreTests(AzuriteFixture azurite)
    {
        _client = azurite.GetReachableClient();
        var options = new TableStorageOptions { ConnectionString = azurite.ConnectionString, TablePrefix = AzuriteFixture.NewTablePrefix() };
        _store = new TableScheduledJobStore(_client, Options.Create(options), NullLogger<TableScheduledJobStore>.Instance);
    }

    protected override IScheduledJobStore Store => _store;

    public override async Task DisposeAsync()
    {
        await _client.DeleteTableAsync(_store.TableName);
        _store.Dispose();
    }

    [Fact]
    public async Task ClaimDueAsync_Claim_WritesTokenAndLeaseOnTheJobRow()
    {
        await _store.ScheduleAsync(Job(TimerKey, T0), None);
        var table = _client.GetTableClient(_store.TableName);
        var scheduled = Assert.Single(await table.QueryAsync<TableEntity>().ToListAsync());
        Assert.Equal(TableScheduledJobStore.Partition, scheduled.PartitionKey);
        Assert.Null(scheduled.GetDateTimeOffset("ClaimedUntil"));

        var claimed = Assert.Single(await _store.ClaimDueAsync(T0, Lease, 1, None));

        var row = Assert.Single(await table.QueryAsync<TableEntity>().ToListAsync());
        Assert.Equal(scheduled.RowKey, row.RowKey);
        Assert.Equal("question-timer", row.GetString("Kind"));
        Assert.Equal(claimed.ClaimToken, row.GetString("ClaimToken"));
        Assert.NotEqual(scheduled.GetString("ClaimToken"), row.GetString("ClaimToken"));
        Assert.Equal(T0 + Lease, row.GetDateTimeOffset("ClaimedUntil"));
    }
}
