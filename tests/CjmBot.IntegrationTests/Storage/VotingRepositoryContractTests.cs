using CjmBot.Workshops;
using CjmBot.Workshops.Contributions;
using CjmBot.Workshops.Frame;
using CjmBot.Workshops.Questions;
using CjmBot.Workshops.Voting;
using Xunit;
using static CjmBot.IntegrationTests.Storage.WorkshopSamples;

namespace CjmBot.IntegrationTests.Storage;

/// <summary>
/// The voting, action item and conclusion part of the <see cref="IWorkshopRepository"/> contract; every backend
/// derives from this class. Each test gets a fresh, empty repository.
/// </summary>
public abstract class VotingRepositoryContractTests : IAsyncLifetime
{
    protected static readonly CancellationToken None = CancellationToken.None;

    private static readonly Participant Carol = new("29:carol/#?%~|x", "Кэрол");

    protected abstract IWorkshopRepository Repository { get; }

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task LoadAsync_NewWorkshop_VotingNotStartedAndNothingDecided()
    {
        await CreateAsync("ws-v0");

        var snapshot = await LoadAsync("ws-v0");

        Assert.Equal(VotingState.NotStarted, snapshot.Voting);
        Assert.Empty(snapshot.Decisions.Ballots);
        Assert.Empty(snapshot.ActionItems);
        Assert.Empty(snapshot.Conclusions);
        Assert.True(snapshot.Votes.IsEmpty);
    }

    [Fact]
    public async Task SetVotingAsync_OpenThenClose_RoundTripsEveryField()
    {
        await CreateAsync("ws-v1");
        var open = new VotingState(VotingStatus.Open, 5, T0.AddHours(1), Alice);

        await Repository.SetVotingAsync("ws-v1", open, None);
        Assert.Equal(open, (await LoadAsync("ws-v1")).Voting);

        var closed = open with { Status = VotingStatus.Closed, ChangedAt = T0.AddHours(2), ChangedBy = Bob };
        await Repository.SetVotingAsync("ws-v1", closed, None);
        Assert.Equal(closed, (await LoadAsync("ws-v1")).Voting);
    }

    [Fact]
    public async Task CastBallotAsync_BeforeVotingOpens_IsRefusedAndNothingIsStored()
    {
        await CreateAsync("ws-v2");

        Assert.Equal(BallotOutcome.VotingNotOpen, await Repository.CastBallotAsync(BallotOf("ws-v2", Alice, ("b1", 1)), None));

        Assert.Empty((await LoadAsync("ws-v2")).Decisions.Ballots);
    }

    [Fact]
    public async Task CastBallotAsync_WithinBudget_RoundTripsAndIsCounted()
    {
        await CreateAsync("ws-v3", withItems: true);
        await OpenAsync("ws-v3", budget: 3);
        var ballot = BallotOf("ws-v3", Carol, ("b1", 2), ("s1", 1));

        Assert.Equal(BallotOutcome.Recorded, await Repository.CastBallotAsync(ballot, None));

        var snapshot = await LoadAsync("ws-v3");
        var stored = Assert.Single(snapshot.Decisions.Ballots);
        Assert.Equal(ballot.WorkshopId, stored.WorkshopId);
        Assert.Equal(ballot.SegmentId, stored.SegmentId);
        Assert.Equal(Carol, stored.Voter);
        Assert.Equal(ballot.At, stored.At);
        Assert.Equal(ballot.Votes.OrderBy(v => v.Key), stored.Votes.OrderBy(v => v.Key));
        Assert.Equal(2, snapshot.Votes.VotesFor("b1"));
        Assert.Equal(1, snapshot.Votes.VotesFor("s1"));
    }

    [Fact]
    public async Task CastBallotAsync_SameVoterAgain_ReplacesOnlyTheirOwnBallot()
    {
        await CreateAsync("ws-v4", withItems: true);
        await OpenAsync("ws-v4", budget: 3);
        await Repository.CastBallotAsync(BallotOf("ws-v4", Alice, ("b1", 3)), None);
        await Repository.CastBallotAsync(BallotOf("ws-v4", Bob, ("b1", 1), ("b2", 2)), None);

        Assert.Equal(BallotOutcome.Recorded, await Repository.CastBallotAsync(BallotOf("ws-v4", Alice, ("b2", 1)) with { At = T0.AddHours(3) }, None));

        var snapshot = await LoadAsync("ws-v4");
        Assert.Equal(2, snapshot.Decisions.Ballots.Count);
        Assert.Equal(1, snapshot.Votes.VotesFor("b1"));
        Assert.Equal(3, snapshot.Votes.VotesFor("b2"));
        Assert.Equal(1, snapshot.Votes.RankOf("b2"));
        Assert.Equal(2, snapshot.Votes.RankOf("b1"));
    }

    [Fact]
    public async Task CastBallotAsync_SameVoterOtherSegment_KeepsBothBallots()
    {
        await CreateAsync("ws-v5", withItems: true);
        await OpenAsync("ws-v5", budget: 3);
        await Repository.CastBallotAsync(BallotOf("ws-v5", Alice, ("b1", 3)), None);

        await Repository.CastBallotAsync(BallotOf("ws-v5", Alice, ("it-b", 3)) with { SegmentId = "it" }, None);

        var snapshot = await LoadAsync("ws-v5");
        Assert.Equal(["it", "young"], snapshot.Decisions.Ballots.Select(b => b.SegmentId).Order(StringComparer.Ordinal));
        Assert.Equal(3, snapshot.Votes.VotesFor("b1"));
        Assert.Equal(3, snapshot.Votes.VotesFor("it-b"));
    }

    [Fact]
    public async Task CastBallotAsync_OverBudget_IsRefusedAndTheEarlierBallotStands()
    {
        await CreateAsync("ws-v6", withItems: true);
        await OpenAsync("ws-v6", budget: 3);
        await Repository.CastBallotAsync(BallotOf("ws-v6", Alice, ("b1", 2)), None);

        Assert.Equal(BallotOutcome.OverBudget, await Repository.CastBallotAsync(BallotOf("ws-v6", Alice, ("b1", 2), ("b2", 2)), None));
        Assert.Equal(BallotOutcome.OverBudget, await Repository.CastBallotAsync(BallotOf("ws-v6", Alice, ("b1", -1)), None));

        var snapshot = await LoadAsync("ws-v6");
        Assert.Equal(2, snapshot.Votes.VotesFor("b1"));
        Assert.Equal(0, snapshot.Votes.VotesFor("b2"));
    }

    [Fact]
    public async Task CastBallotAsync_AfterClose_IsRefusedAndEarlierBallotsStillCount()
    {
        await CreateAsync("ws-v7", withItems: true);
        await OpenAsync("ws-v7", budget: 3);
        await Repository.CastBallotAsync(BallotOf("ws-v7", Alice, ("s1", 1)), None);
        await Repository.SetVotingAsync("ws-v7", new VotingState(VotingStatus.Closed, 3, T0.AddHours(2), Alice), None);

        Assert.Equal(BallotOutcome.VotingNotOpen, await Repository.CastBallotAsync(BallotOf("ws-v7", Alice, ("s1", 3)), None));
        Assert.Equal(BallotOutcome.VotingNotOpen, await Repository.CastBallotAsync(BallotOf("ws-v7", Bob, ("s1", 3)), None));

        var snapshot = await LoadAsync("ws-v7");
        Assert.Equal(1, snapshot.Votes.VotesFor("s1"));
        Assert.Equal(1, snapshot.Votes.RankOf("s1"));
    }

    [Fact]
    public async Task AddActionItemAsync_RedeliveryAndReassignment_RecordsOnceAndTheLatestStands()
    {
        await CreateAsync("ws-v8", withItems: true);
        var first = ActionItemOf("ws-v8", "19:x@thread.tacv2;messageid=7/s1", Bob, new DateOnly(2025, 4, 1), T0.AddHours(1));
        var later = first with { Id = "act/2", Owner = Carol, Due = new DateOnly(2025, 12, 31), At = T0.AddHours(2) };

        Assert.True(await Repository.AddActionItemAsync(first, None));
        Assert.False(await Repository.AddActionItemAsync(first with { Owner = Alice }, None));
        Assert.True(await Repository.AddActionItemAsync(later, None));

        var snapshot = await LoadAsync("ws-v8");
        Assert.Equal([first, later], snapshot.Decisions.ActionItemRecords.OrderBy(i => i.At));
        Assert.Equal([later], snapshot.ActionItems);
        Assert.Equal(4, snapshot.Contributions.Count);
    }

    [Fact]
    public async Task AddConclusionAsync_RedeliveryAndRestatement_RecordsOnceAndEachAuthorsLatestStands()
    {
        await CreateAsync("ws-v9");
        var aliceFirst = ConclusionOf("ws-v9", "m1/ProductDirection", ConclusionTopic.ProductDirection, Alice, "Упростить заявку", T0.AddHours(1));
        var bobKpi = ConclusionOf("ws-v9", "m2/KpiChanges", ConclusionTopic.KpiChanges, Bob, "Measure drop-off weekly", T0.AddHours(2));
        var aliceAgain = aliceFirst with { Id = "m3/ProductDirection", Text = "Заявка в три шага", At = T0.AddHours(3) };

        Assert.True(await Repository.AddConclusionAsync(aliceFirst, None));
        Assert.True(await Repository.AddConclusionAsync(bobKpi, None));
        Assert.False(await Repository.AddConclusionAsync(aliceFirst with { Text = "другое" }, None));
        Assert.True(await Repository.AddConclusionAsync(aliceAgain, None));

        var snapshot = await LoadAsync("ws-v9");
        Assert.Equal(3, snapshot.Decisions.ConclusionRecords.Count);
        Assert.Equal([aliceAgain, bobKpi], snapshot.Conclusions);
        Assert.Empty(snapshot.Contributions);
    }

    [Fact]
    public async Task Decisions_OfOneWorkshop_NeverShowInAnother()
    {
        await CreateAsync("ws-va", withItems: true);
        await CreateAsync("ws-vb");
        await OpenAsync("ws-va", budget: 4);
        await Repository.CastBallotAsync(BallotOf("ws-va", Alice, ("b1", 4)), None);
        await Repository.AddConclusionAsync(ConclusionOf("ws-va", "c1", ConclusionTopic.KpiChanges, Alice, "x", T0), None);

        var other = await LoadAsync("ws-vb");

        Assert.Equal(VotingState.NotStarted, other.Voting);
        Assert.Empty(other.Decisions.Ballots);
        Assert.Empty(other.Conclusions);
    }

    private static Ballot BallotOf(string workshopId, Participant voter, params (string AnswerId, int Votes)[] votes) =>
        new(workshopId, "young", voter, votes.ToDictionary(v => v.AnswerId, v => v.Votes, StringComparer.Ordinal), T0.AddHours(1));

    private static ActionItem ActionItemOf(string workshopId, string id, Participant owner, DateOnly due, DateTimeOffset at) => new()
    {
        Id = id,
        WorkshopId = workshopId,
        AnswerId = "s1",
        SegmentId = "young",
        Text = "Онлайн-статус заявки",
        Owner = owner,
        Due = due,
        AssignedBy = Alice,
        At = at,
    };

    private static Conclusion ConclusionOf(string workshopId, string id, ConclusionTopic topic, Participant author, string text, DateTimeOffset at) => new()
    {
        Id = id,
        WorkshopId = workshopId,
        Topic = topic,
        Text = text,
        Author = author,
        At = at,
    };

    private async Task CreateAsync(string id, bool withItems = false)
    {
        var frame = Frame(id, conversationId: "19:voting-" + id);
        await Repository.CreateAsync(frame, Progress(frame), None);
        if (!withItems)
        {
            return;
        }

        foreach (var (answerId, segment, question) in new[]
        {
            ("b1", "young", QuestionKey.Barriers), ("b2", "young", QuestionKey.Barriers),
            ("s1", "young", QuestionKey.Solutions), ("it-b", "it", QuestionKey.Barriers),
        })
        {
            await Repository.AddContributionAsync(Answer(id, answerId, Bob, "text " + answerId, T0) with { SegmentId = segment, Question = question, Score = null }, None);
        }
    }

    private Task OpenAsync(string workshopId, int budget) =>
        Repository.SetVotingAsync(workshopId, new VotingState(VotingStatus.Open, budget, T0, Alice), None);

    private async Task<WorkshopSnapshot> LoadAsync(string workshopId) =>
        await Repository.LoadAsync(workshopId, None) ?? throw new InvalidOperationException($"Workshop {workshopId} is missing.");
}
