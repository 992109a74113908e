using Azure.Data.Tables;
using CjmBot.Storage;
using CjmBot.Storage.Workshops;
using CjmBot.Workshops;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Xunit;

namespace CjmBot.IntegrationTests.Storage;

/// <summary>The change looks on Azurite, with a second repository on the same tables standing for a second instance.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class TableWorkshopChangesTests : WorkshopChangesContractTests
{
    private readonly TableServiceClient _client;
    private readonly TableWorkshopRepository _repository;
    private readonly TableWorkshopRepository _other;

    public TableWorkshopChangesTests(AzuriteFixture azurite)
    {
        _client = azurite.GetReachableClient();
        var options = Options.Create(new TableStorageOptions { ConnectionString = azurite.ConnectionString, TablePrefix = AzuriteFixture.NewTablePrefix() });
        _repository = new TableWorkshopRepository(_client, options, NullLogger<TableWorkshopRepository>.Instance);
        _other = new TableWorkshopRepository(_client, options, NullLogger<TableWorkshopRepository>.Instance);
    }

    protected override IWorkshopRepository Repository => _repository;

    protected override IWorkshopRepository OtherInstance => _other;

    public override async Task DisposeAsync()
    {
        await _client.DeleteTableAsync(_repository.WorkshopsTableName);
        await _client.DeleteTableAsync(_repository.ConversationsTableName);
        _repository.Dispose();
        _other.Dispose();
    }
}
