using Azure.Data.Tables;
using CjmBot.Storage;
using CjmBot.Storage.Workshops;
using CjmBot.Workshops;
using CjmBot.Workshops.Async;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Xunit;
using static CjmBot.IntegrationTests.Storage.WorkshopSamples;

namespace CjmBot.IntegrationTests.Storage;

/// <summary>The asynchronous-contributor contract on Azurite, plus the row layout in the workshop partition.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class TableAsyncRepositoryTests : AsyncRepositoryContractTests
{
    private readonly TableServiceClient _client;
    private readonly TableWorkshopRepository _repository;

    public TableAsyncRepositoryTests(AzuriteFixture azurite)
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

    [Fact]
    public async Task AsyncRows_LiveInTheWorkshopPartition_UnderTheirOwnPrefixes()
    {
        var frame = Frame("ws:rows/1");
        await _repository.CreateAsync(frame, Progress(frame), None);
        await _repository.SaveInvitationAsync(new Invitation(frame.Id, Alice, "support", InvitationState.Invited, T0), None);
        await _repository.SaveRoleAsync(new RoleAssignment(frame.Id, "Support", [3, 4]), None);
        await _repository.SaveAsyncWindowAsync(new AsyncWindow(frame.Id, T0.AddDays(1), Closed: false), None);

        // The write door's own rows (the alive row, operation markers) are the door's suite's business.
        var rows = (await _client.GetTableClient(_repository.WorkshopsTableName).QueryAsync<TableEntity>().ToListAsync())
            .Where(row => row.RowKey != "alive" && !row.RowKey.StartsWith("op|", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            ["frame", "inv|29:1AbCdEfGh-alice_ID~2Fx~23y~3Fz~25~7E", "progress", "role|support", "seq|window"],
            rows.Select(r => r.RowKey).ToArray());
        Assert.All(rows, row => Assert.Equal("ws:rows~2F1", row.PartitionKey));
        Assert.Equal("Invited", rows[1].GetString("State"));
        Assert.Equal("3,4", rows[3].GetString("Stages"));
    }
}
