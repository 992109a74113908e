using Azure.Data.Tables;
using CjmBot.Storage;
using CjmBot.Storage.Workshops;
using CjmBot.Workshops;
using CjmBot.Workshops.Frame;
using CjmBot.Workshops.Voting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Xunit;
using static CjmBot.IntegrationTests.Storage.WorkshopSamples;

namespace CjmBot.IntegrationTests.Storage;

/// <summary>The voting contract on Azurite, plus the row layout of the voting records.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class TableVotingRepositoryTests : VotingRepositoryContractTests
{
    private readonly TableServiceClient _client;
    private readonly TableWorkshopRepository _repository;

    public TableVotingRepositoryTests(AzuriteFixture azurite)
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
    public async Task VotingRecords_AreRowsOfTheWorkshopPartitionWithTheirOwnPrefixes()
    {
        var frame = Frame("ws:votes/1");
        await _repository.CreateAsync(frame, Progress(frame), None);
        await _repository.SetVotingAsync(frame.Id, new VotingState(VotingStatus.Open, 3, T0, Alice), None);
        await _repository.CastBallotAsync(new Ballot(frame.Id, "young", Bob, new Dictionary<string, int> { ["a/1"] = 2, ["a#0"] = 0 }, T0), None);
        await _repository.AddActionItemAsync(new ActionItem
        {
            Id = "m/1", WorkshopId = frame.Id, AnswerId = "a/1", SegmentId = "young", Text = "t", Owner = Bob,
            Due = new DateOnly(2025, 5, 31), AssignedBy = Alice, At = T0,
        }, None);
        await _repository.AddConclusionAsync(new Conclusion
        {
            Id = "m/2", WorkshopId = frame.Id, Topic = ConclusionTopic.InteractionAndBusinessModel, Text = "t", Author = new Participant("p", "P"), At = T0,
        }, None);

        // The write door's own rows (the alive row, operation markers) are the door's suite's business.
        var rows = (await _client.GetTableClient(_repository.WorkshopsTableName).QueryAsync<TableEntity>().ToListAsync())
            .Where(row => row.RowKey != "alive" && !row.RowKey.StartsWith("op|", StringComparison.Ordinal)).ToList();

        Assert.Equal(["action|m~2F1", "concl|m~2F2", "frame", "progress", "vote|config", "vote|young|29:1ZyXwVu-bob"], rows.Select(r => r.RowKey));
        Assert.All(rows, row => Assert.Equal("ws:votes~2F1", row.PartitionKey));
        Assert.Equal("2025-05-31", rows[0].GetString("Due"));
        Assert.Equal("InteractionAndBusinessModel", rows[1].GetString("Topic"));
        Assert.Equal("Open", rows[4].GetString("Status"));
        Assert.Equal("""{"a/1":2}""", rows[5].GetString("Votes"));
    }
}
