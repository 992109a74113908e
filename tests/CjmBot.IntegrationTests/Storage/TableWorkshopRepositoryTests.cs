using Azure;
using Azure.Data.Tables;
using CjmBot.Storage;
using CjmBot.Storage.Workshops;
using CjmBot.Workshops;
using CjmBot.Workshops.Progress;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using CjmBot.Workshops.Writes;
using Xunit;
using static CjmBot.IntegrationTests.Storage.WorkshopSamples;

namespace CjmBot.IntegrationTests.Storage;

/// <summary>The contract on Azurite, plus what only the table repository has: its row layout and its retry limit.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class TableWorkshopRepositoryTests : WorkshopRepositoryContractTests
{
    private readonly TableServiceClient _client;
    private readonly TableWorkshopRepository _repository;

    public TableWorkshopRepositoryTests(AzuriteFixture azurite)
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
    public async Task CreateAsync_WritesExplicitColumnsAndATimeOrderedIndexRow()
    {
        var frame = Frame("ws:layout/1");
        await _repository.CreateAsync(frame, Progress(frame), None);
        await _repository.AddContributionAsync(Answer(frame.Id, "19:x@thread.tacv2;messageid=5", Alice, "Текст", T0), None);

        // The write door's own rows (the alive row, operation markers) are the door's suite's business.
        var rows = (await _client.GetTableClient(_repository.WorkshopsTableName).QueryAsync<TableEntity>().ToListAsync())
            .Where(row => row.RowKey != "alive" && !row.RowKey.StartsWith("op|", StringComparison.Ordinal)).ToList();
        Assert.Equal(["c|19:x@thread.tacv2;messageid=5", "frame", "progress"], rows.Select(r => r.RowKey));
        Assert.All(rows, row => Assert.Equal("ws:layout~2F1", row.PartitionKey));
        Assert.Equal("Emotions", rows[0].GetString("Question"));
        Assert.Equal("SupportTickets", rows[0].GetString("Source"));
        Assert.Equal("FutureState", rows[1].GetString("MapType"));
        Assert.Equal("""["Поиск","Заявка","Одобрение","Сделка"]""", rows[1].GetString("Stages"));
        Assert.Equal("Running", rows[2].GetString("Status"));
        Assert.Equal(1, rows[2].GetInt32("Revision"));

        Assert.Equal(0, rows[1].GetInt64("FrameRevision"));
        Assert.Equal(0, rows[2].GetInt64("FrameRevision"));
        Assert.Equal(1, rows[2].GetInt64("IndexVersion"));

        var indexRows = await _client.GetTableClient(_repository.ConversationsTableName).QueryAsync<TableEntity>().ToListAsync();
        indexRows = [.. indexRows.Where(row => !row.PartitionKey.StartsWith(TableWorkshopRepository.PeoplePartitionPrefix, StringComparison.Ordinal))];
        Assert.Equal(["version", $"w|{frame.CreatedAt.UtcTicks:D19}|ws:layout~2F1"], indexRows.Select(row => row.RowKey).Order(StringComparer.Ordinal));
        Assert.All(indexRows, row => Assert.Equal(TeamsConversation, row.PartitionKey));
        Assert.Equal(frame.Id, indexRows.Single(row => row.RowKey.StartsWith("w|", StringComparison.Ordinal)).GetString("WorkshopId"));
        Assert.Equal(1, indexRows.Single(row => row.RowKey == "version").GetInt64("IndexVersion"));
    }

    [Fact]
    public async Task UpdateProgressAsync_RefusedChange_LeavesTheRowUntouched()
    {
        var frame = Frame("ws-etag");
        await _repository.CreateAsync(frame, Progress(frame), None);
        var table = _client.GetTableClient(_repository.WorkshopsTableName);
        var before = await table.GetEntityAsync<TableEntity>("ws-etag", "progress");

        await _repository.UpdateProgressAsync("ws-etag", (_, p) => p.Resume(frame, T0), None);

        var after = await table.GetEntityAsync<TableEntity>("ws-etag", "progress");
        Assert.Equal(before.Value.ETag, after.Value.ETag);
    }

    [Fact]
    public async Task UpdateProgressAsync_RowChangesOnEveryAttempt_GivesUpAfterTheLimitWithoutWriting()
    {
        var frame = Frame("ws-busy");
        await _repository.CreateAsync(frame, Progress(frame), None);
        var table = _client.GetTableClient(_repository.WorkshopsTableName);
        var calls = 0;

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => _repository.UpdateProgressAsync("ws-busy", (f, p) =>
        {
            calls++;
            // Someone else moves the session between this read and the conditional write, every time.
            var other = table.GetEntity<TableEntity>("ws-busy", "progress").Value;
            other["Revision"] = other.GetInt32("Revision") + 1;
            table.UpdateEntity(other, other.ETag, TableUpdateMode.Replace);
            return p.Pause();
        }, None));

        Assert.Contains("ws-busy", failure.Message, StringComparison.Ordinal);
        Assert.Equal(TableWorkshopRepository.MaxWriteAttempts, calls);
        var head = await _repository.GetHeadAsync("ws-busy", None);
        Assert.NotNull(head);
        Assert.Equal(WorkshopStatus.Running, head.Progress.Status);
        Assert.Equal(1 + TableWorkshopRepository.MaxWriteAttempts, head.Progress.Revision);
    }

    [Fact]
    public async Task AddContributionAsync_Duplicate_DoesNotOverwriteTheStoredRow()
    {
        var frame = Frame("ws-insert-only");
        await _repository.CreateAsync(frame, Progress(frame), None);
        var answer = Answer(frame.Id, "m1", Alice, "Первый", T0);
        await _repository.AddContributionAsync(answer, None);
        var table = _client.GetTableClient(_repository.WorkshopsTableName);
        var before = await table.GetEntityAsync<TableEntity>("ws-insert-only", "c|m1");

        Assert.Equal(WriteOutcome.AlreadyDone, await _repository.AddContributionAsync(answer with { Text = "Второй" }, None));

        var after = await table.GetEntityAsync<TableEntity>("ws-insert-only", "c|m1");
        Assert.Equal(before.Value.ETag, after.Value.ETag);
        Assert.Equal("Первый", after.Value.GetString("Text"));
    }

    [Fact]
    public async Task UpdateFrameAsync_ChangingTheId_IsRefused()
    {
        var frame = Frame("ws-fixed");
        await _repository.CreateAsync(frame, Progress(frame), None);

        await Assert.ThrowsAsync<InvalidOperationException>(() => _repository.UpdateFrameAsync("ws-fixed", f => f with { Id = "ws-moved" }, None));

        var head = await _repository.GetHeadAsync("ws-fixed", None);
        Assert.NotNull(head);
        Assert.Equal("ws-fixed", head.Frame.Id);
    }

    [Fact]
    public async Task LoadAsync_MoreContributionsThanOnePage_FollowsThePages()
    {
        const int Count = 1_005;
        var frame = Frame("ws-big");
        await _repository.CreateAsync(frame, Progress(frame), None);
        var table = _client.GetTableClient(_repository.WorkshopsTableName);
        // Batches of 100 (the transaction limit) keep the set-up quick; the repository writes one row per answer.
        foreach (var batch in Enumerable.Range(0, Count).Chunk(100))
        {
            await table.SubmitTransactionAsync(batch.Select(i => new TableTransactionAction(
                TableTransactionActionType.Add,
                WorkshopEntities.FromContribution(Answer(frame.Id, $"m{i:D4}", Bob, $"Ответ {i}", T0.AddSeconds(i))))));
        }

        var snapshot = await _repository.LoadAsync("ws-big", None);

        Assert.NotNull(snapshot);
        Assert.Equal(Count, snapshot.Contributions.Count);
        Assert.Equal(Count, snapshot.Answers.Count);
        Assert.Equal(frame.Id, snapshot.Frame.Id);
    }
}
