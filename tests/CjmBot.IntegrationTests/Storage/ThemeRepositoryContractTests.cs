using Azure.Data.Tables;
using CjmBot.Storage;
using CjmBot.Storage.Workshops;
using CjmBot.Workshops;
using CjmBot.Workshops.Contributions;
using CjmBot.Workshops.Questions;
using CjmBot.Workshops.Themes;
using CjmBot.Workshops.Writes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Xunit;
using static CjmBot.IntegrationTests.Storage.WorkshopSamples;

namespace CjmBot.IntegrationTests.Storage;

/// <summary>The stored themes part of the <see cref="IWorkshopRepository"/> contract; every backend derives from this class.</summary>
public abstract class ThemeRepositoryContractTests : IAsyncLifetime
{
    protected static readonly CancellationToken None = CancellationToken.None;

    protected abstract IWorkshopRepository Repository { get; }

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task AddThemeRecordAsync_RoundTripsEveryField_AndTheSameIdIsRecordedOnce()
    {
        await CreateWithBarriersAsync("ws-t1");
        var record = Record("ws-t1", "op/1#x", T0.AddHours(1), new StoredTheme("t1", "Доставка «дорого»", ["a/1", "a#2"]), new StoredTheme("t2", "Forms", ["a 3"]));

        Assert.Equal(WriteOutcome.Written, await Repository.AddThemeRecordAsync(record, None));
        Assert.Equal(WriteOutcome.AlreadyDone, await Repository.AddThemeRecordAsync(record with { Themes = [] }, None));

        var stored = Assert.Single((await LoadAsync("ws-t1")).ThemeRecords);
        Assert.Equal((record.Id, record.SegmentId, record.Lane, record.By, record.At), (stored.Id, stored.SegmentId, stored.Lane, stored.By, stored.At));
        Assert.Equal(
            [("t1", "Доставка «дорого»", "a/1|a#2"), ("t2", "Forms", "a 3")],
            stored.Themes.Select(theme => (theme.Id, theme.Label, string.Join('|', theme.AnswerIds))));
    }

    [Fact]
    public async Task Themes_TheLatestRecordStands_WithdrawnAnswersDropOut_AndAnEmptyRecordIsAReset()
    {
        await CreateWithBarriersAsync("ws-t2");
        await Repository.AddThemeRecordAsync(Record("ws-t2", "op1", T0.AddHours(1), new StoredTheme("t1", "All", ["a/1", "a#2", "a 3"])), None);
        await Repository.AddThemeRecordAsync(Record("ws-t2", "op2", T0.AddHours(2), new StoredTheme("t1", "Two", ["a/1", "a#2"]), new StoredTheme("t2", "One", ["a 3"])) with { Sequence = 2 }, None);
        await Repository.AddContributionAsync(Change("ws-t2", "del-1", Alice, ContributionKind.Deletion, "a/1", null, T0.AddHours(3)), None);

        var themes = (await LoadAsync("ws-t2")).Themes;
        Assert.Equal([("Two", 1), ("One", 1)], themes.Accepted("young", QuestionKey.Barriers).Select(theme => (theme.Label, theme.Count)));
        Assert.Equal("One", themes.ThemeOf("a 3")?.Label);
        Assert.Null(themes.ThemeOf("a/1"));

        await Repository.AddThemeRecordAsync(Record("ws-t2", "op3", T0.AddHours(4)) with { Sequence = 3 }, None);
        Assert.False((await LoadAsync("ws-t2")).Themes.HasAccepted(QuestionKey.Barriers));
        Assert.Equal(3, (await LoadAsync("ws-t2")).ThemeRecords.Count);
    }

    [Fact]
    public async Task AddThemeRecordAsync_TwoActionsOnTheSameArrangement_OnlyTheFirstIsWritten()
    {
        await CreateWithBarriersAsync("ws-t5");
        var first = Record("ws-t5", "op-anna", T0.AddHours(1), new StoredTheme("t1", "Anna's", ["a/1"]));
        var second = Record("ws-t5", "op-boris", T0.AddHours(1), new StoredTheme("t9", "Boris's", ["a#2"]));

        Assert.Equal(WriteOutcome.Written, await Repository.AddThemeRecordAsync(first, None));
        Assert.Equal(WriteOutcome.AlreadyDone, await Repository.AddThemeRecordAsync(second, None));
        Assert.Equal(WriteOutcome.Written, await Repository.AddThemeRecordAsync(second with { Sequence = 2 }, None));

        var snapshot = await LoadAsync("ws-t5");
        Assert.Equal(["op-anna", "op-boris"], snapshot.ThemeRecords.OrderBy(r => r.Sequence).Select(r => r.Id));
        Assert.Equal("Boris's", Assert.Single(snapshot.Themes.Accepted("young", QuestionKey.Barriers)).Label);
    }

    [Fact]
    public async Task DeleteAsync_RemovesTheThemeRecords_AndCountsThem()
    {
        await CreateWithBarriersAsync("ws-t3");
        await Repository.AddThemeRecordAsync(Record("ws-t3", "op1", T0.AddHours(1), new StoredTheme("t1", "All", ["a/1"])), None);
        await Repository.AddThemeRecordAsync(Record("ws-t3", "op2", T0.AddHours(2)) with { Sequence = 2 }, None);

        var removal = await Repository.DeleteAsync("ws-t3", None);

        Assert.Equal(2, removal!.OtherRows["theme"]);
        Assert.Null(await Repository.LoadAsync("ws-t3", None));
        Assert.Equal(WriteOutcome.WorkshopGone, await Repository.AddThemeRecordAsync(Record("ws-t3", "op3", T0.AddHours(3)) with { Sequence = 3 }, None));
    }

    [Fact]
    public async Task SetVotingAsync_OnThemes_RoundTrips()
    {
        await CreateWithBarriersAsync("ws-t4");
        var open = new CjmBot.Workshops.Voting.VotingState(CjmBot.Workshops.Voting.VotingStatus.Open, 4, T0, Alice) { OnThemes = true };

        await Repository.SetVotingAsync("ws-t4", open, None);

        Assert.Equal(open, (await LoadAsync("ws-t4")).Voting);
        await Repository.SetVotingAsync("ws-t4", open with { OnThemes = false }, None);
        Assert.False((await LoadAsync("ws-t4")).Voting.OnThemes);
    }

    private static ThemeRecord Record(string workshopId, string id, DateTimeOffset at, params StoredTheme[] themes) => new()
    {
        Id = id, WorkshopId = workshopId, SegmentId = "young", Lane = QuestionKey.Barriers, Themes = themes, By = Alice, At = at,
    };

    private async Task CreateWithBarriersAsync(string id)
    {
        var frame = Frame(id, conversationId: "19:themes-" + id);
        await Repository.CreateAsync(frame, Progress(frame), None);
        foreach (var (answerId, text) in new[] { ("a/1", "Дорогая доставка"), ("a#2", "Delivery is expensive"), ("a 3", "Too many fields") })
        {
            await Repository.AddContributionAsync(Answer(id, answerId, Alice, text, T0) with { Question = QuestionKey.Barriers, Score = null }, None);
        }
    }

    private async Task<WorkshopSnapshot> LoadAsync(string workshopId) =>
        await Repository.LoadAsync(workshopId, None) ?? throw new InvalidOperationException($"Workshop {workshopId} is missing.");
}

public sealed class InMemoryThemeRepositoryTests : ThemeRepositoryContractTests
{
    protected override IWorkshopRepository Repository { get; } = new InMemoryWorkshopRepository();
}

/// <summary>The stored themes contract on Azurite: <c>theme|{id}</c> rows of the workshop's partition.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class TableThemeRepositoryTests : ThemeRepositoryContractTests
{
    private readonly TableServiceClient _client;
    private readonly TableWorkshopRepository _repository;

    public TableThemeRepositoryTests(AzuriteFixture azurite)
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
    public async Task ThemeRecord_IsARowOfTheWorkshopPartition_HoldingIdsAndLabelsOnly()
    {
        var frame = Frame("ws:themes/1");
        await _repository.CreateAsync(frame, Progress(frame), None);
        await _repository.AddThemeRecordAsync(new ThemeRecord
        {
            Id = "op/1", WorkshopId = frame.Id, SegmentId = "young", Lane = QuestionKey.Solutions,
            Themes = [new StoredTheme("t1", "Показывать цену сразу", ["a/1"])], By = Bob, At = T0,
        }, None);

        var row = Assert.Single(
            await _client.GetTableClient(_repository.WorkshopsTableName).QueryAsync<TableEntity>().ToListAsync(),
            entity => entity.RowKey.StartsWith("theme|", StringComparison.Ordinal));
        Assert.Equal(("ws:themes~2F1", "theme|young|Solutions|000001"), (row.PartitionKey, row.RowKey));
        Assert.Equal("op/1", row.GetString("ThemeRecordId"));
        Assert.Equal("Solutions", row.GetString("Lane"));
        Assert.Equal("""[{"id":"t1","label":"Показывать цену сразу","answerIds":["a/1"]}]""", row.GetString("Themes"));
    }
}
