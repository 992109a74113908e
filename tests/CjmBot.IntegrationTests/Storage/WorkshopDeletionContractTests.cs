using System.Text.Json.Nodes;
using CjmBot.Workshops;
using CjmBot.Workshops.Contributions;
using CjmBot.Workshops.Questions;
using CjmBot.Workshops.Scheduling;
using CjmBot.Workshops.Voting;
using Xunit;
using static CjmBot.IntegrationTests.Storage.WorkshopSamples;

namespace CjmBot.IntegrationTests.Storage;

/// <summary>
/// Deleting a workshop (<see cref="IWorkshopRepository.DeleteAsync"/>) and its jobs (<see cref="IScheduledJobStore.CancelAllAsync"/>):
/// the same facts on every backend. Each test gets fresh, empty stores.
/// </summary>
public abstract class WorkshopDeletionContractTests : IAsyncLifetime
{
    protected static readonly CancellationToken None = CancellationToken.None;

    protected abstract IWorkshopRepository Repository { get; }

    protected abstract IScheduledJobStore Jobs { get; }

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task DeleteAsync_WorkshopWithContributions_RemovesItAndCountsEveryKind()
    {
        var frame = Frame("ws-del/1");
        await Repository.CreateAsync(frame, Progress(frame), None);
        await Repository.AddContributionAsync(Answer(frame.Id, "a1", Alice, "Один", T0), None);
        await Repository.AddContributionAsync(Answer(frame.Id, "a2", Bob, "Два", T0.AddSeconds(1)), None);
        await Repository.AddContributionAsync(new Contribution
        {
            Id = "e1", WorkshopId = frame.Id, Kind = ContributionKind.Edit, Author = Alice, At = T0.AddSeconds(2), TargetId = "a1", Text = "Один!",
        }, None);
        await Repository.AddContributionAsync(new Contribution
        {
            Id = "i1", WorkshopId = frame.Id, Kind = ContributionKind.Insight, Author = Bob, At = T0.AddSeconds(3), Text = "Инсайт",
        }, None);

        var removal = await Repository.DeleteAsync(frame.Id, None);

        Assert.NotNull(removal);
        Assert.Equal(2, removal.HeadRows);
        Assert.Equal(2, removal.Contributions[ContributionKind.Answer]);
        Assert.Equal(1, removal.Contributions[ContributionKind.Edit]);
        Assert.Equal(1, removal.Contributions[ContributionKind.Insight]);
        Assert.False(removal.Contributions.ContainsKey(ContributionKind.Deletion));
        Assert.Empty(removal.OtherRows);
        Assert.Equal(1, removal.IndexRows);
        Assert.Equal(7, removal.Total);
        Assert.Null(await Repository.LoadAsync(frame.Id, None));
        Assert.Null(await Repository.GetHeadAsync(frame.Id, None));
        Assert.Empty(await Repository.ListWorkshopIdsAsync(TeamsConversation, None));
        Assert.Null(await Repository.GetActiveWorkshopIdAsync(TeamsConversation, None));
    }

    [Fact]
    public async Task DeleteAsync_WithVotesActionItemsAndConclusions_RemovesAndCountsThemByRowPrefix()
    {
        var frame = Frame("ws-decided");
        await Repository.CreateAsync(frame, Progress(frame), None);
        await Repository.AddContributionAsync(Answer(frame.Id, "a1", Alice, "Решение", T0) with { Question = QuestionKey.Solutions }, None);
        await Repository.SetVotingAsync(frame.Id, new VotingState(VotingStatus.Open, 3, T0, Alice), None);
        Assert.Equal(BallotOutcome.Recorded, await Repository.CastBallotAsync(
            new Ballot(frame.Id, "young", Bob, new Dictionary<string, int> { ["a1"] = 2 }, T0.AddMinutes(1)), None));
        await Repository.AddActionItemAsync(new ActionItem
        {
            Id = "act1", WorkshopId = frame.Id, AnswerId = "a1", SegmentId = "young", Text = "Решение", Owner = Bob,
            Due = new DateOnly(2025, 4, 1), AssignedBy = Alice, At = T0.AddMinutes(2),
        }, None);
        await Repository.AddConclusionAsync(new Conclusion
        {
            Id = "con1", WorkshopId = frame.Id, Topic = ConclusionTopic.KpiChanges, Text = "Снизить отказы", Author = Alice, At = T0.AddMinutes(3),
        }, None);

        var removal = await Repository.DeleteAsync(frame.Id, None);

        Assert.NotNull(removal);
        Assert.Equal(2, removal.OtherRows["vote"]);
        Assert.Equal(1, removal.OtherRows["action"]);
        Assert.Equal(1, removal.OtherRows["concl"]);
        Assert.Null(await Repository.LoadAsync(frame.Id, None));

        // The same id created again starts with nothing decided.
        await Repository.CreateAsync(frame, Progress(frame), None);
        var fresh = await Repository.LoadAsync(frame.Id, None);
        Assert.NotNull(fresh);
        Assert.Equal(VotingStatus.NotStarted, fresh.Voting.Status);
        Assert.Empty(fresh.Decisions.Ballots);
        Assert.Empty(fresh.ActionItems);
        Assert.Empty(fresh.Conclusions);
    }

    [Fact]
    public async Task DeleteAsync_LaterVersion_LeavesTheEarlierOneActiveAndWhole()
    {
        var first = Frame("ws-v1", createdAt: T0);
        var second = Frame("ws-v2", createdAt: T0.AddDays(90)) with { Version = 4, CopiedFromId = "ws-v1" };
        await Repository.CreateAsync(first, Progress(first), None);
        await Repository.AddContributionAsync(Answer(first.Id, "a1", Alice, "Первая версия", T0), None);
        await Repository.CreateAsync(second, Progress(second), None);

        await Repository.DeleteAsync(second.Id, None);

        Assert.Equal(["ws-v1"], await Repository.ListWorkshopIdsAsync(TeamsConversation, None));
        var kept = await Repository.LoadAsync(first.Id, None);
        Assert.NotNull(kept);
        Assert.Single(kept.Answers);
    }

    [Fact]
    public async Task DeleteAsync_MoreThanOneTransactionOfRows_RemovesThemAll()
    {
        var frame = Frame("ws-del-big");
        await Repository.CreateAsync(frame, Progress(frame), None);
        for (var i = 0; i < 230; i++)
        {
            await Repository.AddContributionAsync(Answer(frame.Id, $"m{i:D3}", Bob, $"Ответ {i}", T0.AddSeconds(i)), None);
        }

        var removal = await Repository.DeleteAsync(frame.Id, None);

        Assert.NotNull(removal);
        Assert.Equal(230, removal.Contributions[ContributionKind.Answer]);
        Assert.Null(await Repository.LoadAsync(frame.Id, None));
    }

    [Fact]
    public async Task DeleteAsync_UnknownOrAlreadyDeleted_ReturnsNull()
    {
        var frame = Frame("ws-once");
        await Repository.CreateAsync(frame, Progress(frame), None);

        Assert.NotNull(await Repository.DeleteAsync(frame.Id, None));
        Assert.Null(await Repository.DeleteAsync(frame.Id, None));
        Assert.Null(await Repository.DeleteAsync("ws-never", None));
    }

    [Fact]
    public async Task CancelAllAsync_RemovesTheWorkshopsJobsOnly()
    {
        var due = T0.AddMinutes(5);
        string[] mine = ["w1/question-timer", "w1/map-render/1700000000", "w1/map-render/1700000001"];
        string[] others = ["w12/question-timer", "w12/map-render/1700000000", "w2/map-render/1700000000", "w/question-timer"];
        foreach (var key in mine.Concat(others))
        {
            await Jobs.ScheduleAsync(new ScheduledJob(key, key.Split('/')[1], due, """{"workshopId":"w1"}"""), None);
        }

        Assert.Equal(3, await Jobs.CancelAllAsync("w1", None));
        Assert.Equal(0, await Jobs.CancelAllAsync("w1", None));

        var left = await Jobs.ClaimDueAsync(due, TimeSpan.FromMinutes(1), 100, None);
        Assert.Equal(others.Order(StringComparer.Ordinal), left.Select(job => job.Job.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task CancelAllAsync_ClaimedJob_IsRemovedToo()
    {
        await Jobs.ScheduleAsync(new ScheduledJob("w9/question-timer", "question-timer", T0, "{}"), None);
        var claimed = Assert.Single(await Jobs.ClaimDueAsync(T0, TimeSpan.FromMinutes(1), 10, None));

        Assert.Equal(1, await Jobs.CancelAllAsync("w9", None));

        Assert.False(await Jobs.CompleteAsync(claimed, None));
        Assert.Empty(await Jobs.ClaimDueAsync(T0.AddHours(1), TimeSpan.FromMinutes(1), 10, None));
    }
}
