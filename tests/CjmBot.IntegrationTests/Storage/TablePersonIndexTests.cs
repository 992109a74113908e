using Azure.Data.Tables;
using CjmBot.Storage;
using CjmBot.Storage.Workshops;
using CjmBot.Workshops;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Xunit;

namespace CjmBot.IntegrationTests.Storage;

/// <summary>The person index and erasure contract on Azurite.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class TablePersonIndexTests : PersonIndexContractTests
{
    private readonly TableServiceClient _client;
    private readonly TableWorkshopRepository _repository;

    public TablePersonIndexTests(AzuriteFixture azurite)
    {
        _client = azurite.GetReachableClient();
        var options = Options.Create(new TableStorageOptions { ConnectionString = azurite.ConnectionString, TablePrefix = AzuriteFixture.NewTablePrefix() });
        _repository = new TableWorkshopRepository(_client, options, NullLogger<TableWorkshopRepository>.Instance);
    }

    protected override IWorkshopRepository Repository => _repository;

    public override async Task DisposeAsync()
    {
        await _client.DeleteTableAsync(_repository.WorkshopsTableName);
        await _client.DeleteTableAsync(_repository.ConversationsTableName);
        _repository.Dispose();
    }
}
