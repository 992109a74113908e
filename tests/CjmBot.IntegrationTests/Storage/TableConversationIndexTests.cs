using Azure.Data.Tables;
using CjmBot.Storage;
using CjmBot.Storage.Workshops;
using CjmBot.Workshops;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Xunit;

namespace CjmBot.IntegrationTests.Storage;

/// <summary>The conversation index contract on Azurite.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class TableConversationIndexTests : ConversationIndexContractTests
{
    private readonly TableServiceClient _client;
    private readonly TableWorkshopRepository _repository;
    private readonly TableWorkshopRepository _elsewhere;

    public TableConversationIndexTests(AzuriteFixture azurite)
    {
        _client = azurite.GetReachableClient();
        var options = new TableStorageOptions { ConnectionString = azurite.ConnectionString, TablePrefix = AzuriteFixture.NewTablePrefix() };
        _repository = new TableWorkshopRepository(_client, Options.Create(options), NullLogger<TableWorkshopRepository>.Instance);
        _elsewhere = new TableWorkshopRepository(_client, Options.Create(options), NullLogger<TableWorkshopRepository>.Instance);
    }

    protected override IWorkshopRepository Repository => _repository;

    /// <summary>A second repository on the same tables, with its own caches: another instance of the bot.</summary>
    protected override IWorkshopRepository Elsewhere => _elsewhere;

    public override async Task DisposeAsync()
    {
        await _client.DeleteTableAsync(_repository.WorkshopsTableName);
        await _client.DeleteTableAsync(_repository.ConversationsTableName);
        _repository.Dispose();
        _elsewhere.Dispose();
    }
}
