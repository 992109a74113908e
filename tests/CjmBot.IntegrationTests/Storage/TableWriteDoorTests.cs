using Azure.Data.Tables;
using CjmBot.Storage;
using CjmBot.Storage.Workshops;
using CjmBot.Workshops;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Xunit;

namespace CjmBot.IntegrationTests.Storage;

/// <summary>The write door on Azurite; after a deletion the partition is read row by row and must be empty.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class TableWriteDoorTests : WriteDoorContractTests
{
    private readonly TableServiceClient _client;
    private readonly TableWorkshopRepository _repository;

    public TableWriteDoorTests(AzuriteFixture azurite)
    {
        _client = azurite.GetReachableClient();
        var options = new TableStorageOptions { ConnectionString = azurite.ConnectionString, TablePrefix = AzuriteFixture.NewTablePrefix() };
        _repository = new TableWorkshopRepository(_client, Options.Create(options), NullLogger<TableWorkshopRepository>.Instance);
    }

    protected override IWorkshopRepository Repository => _repository;

    public override async Task DisposeAsync()
    {
        await _client.DeleteTableAsync(_repository.WorkshopsTableName);
        await _client.DeleteTableAsync(_repository.ConversationsTableName);
        _repository.Dispose();
    }

    protected override async Task AssertNothingLeftAsync(string workshopId)
    {
        var rows = _client.GetTableClient(_repository.WorkshopsTableName)
            .QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {TableStateKey.EscapeId(workshopId)}"));
        var left = new List<string>();
        await foreach (var row in rows)
        {
            left.Add(row.RowKey);
        }

        Assert.Empty(left);
    }
}
