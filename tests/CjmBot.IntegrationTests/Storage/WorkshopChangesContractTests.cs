using CjmBot.Workshops;
using CjmBot.Workshops.Async;
using CjmBot.Workshops.Changes;
using CjmBot.Workshops.Progress;
using CjmBot.Workshops.Voting;
using Xunit;
using static CjmBot.IntegrationTests.Storage.WorkshopSamples;

namespace CjmBot.IntegrationTests.Storage;

/// <summary>
/// The change looks of <see cref="IWorkshopRepository.ReadChangesAsync"/>, on every backend: the first look always
/// reports a change, a look after nothing was written reports none, every kind of write is seen, a second repository
/// on the same storage (another instance) sees the first one's writes, and a deleted workshop answers null.
/// </summary>
public abstract class WorkshopChangesContractTests : IAsyncLifetime
{
    protected static readonly CancellationToken None = CancellationToken.None;

    protected abstract IWorkshopRepository Repository { get; }

    /// <summary>Another repository on the same storage, as a second bot instance has.</summary>
    protected abstract IWorkshopRepository OtherInstance { get; }

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual Task DisposeAsync() => Task.CompletedTask;

    public static TheoryData<string> Writes => new() { "answer", "insight", "move", "frame", "voting", "ballot", "action item", "conclusion", "invitation" };

    [Fact]
    public async Task ReadChanges_NoSuchWorkshop_IsNull() =>
        Assert.Null(await Repository.ReadChangesAsync("ws-none", null, None));

    [Fact]
    public async Task ReadChanges_FirstLookReportsAChange_TheNextWithoutWritesNone()
    {
        await CreateAsync("ws-c0");

        var first = await Repository.ReadChangesAsync("ws-c0", null, None);
        var second = await Repository.ReadChangesAsync("ws-c0", first!.Cursor, None);
        var third = await Repository.ReadChangesAsync("ws-c0", second!.Cursor, None);

        Assert.True(first.Changed);
        Assert.False(third!.Changed, "Nothing was written between the second and the third look.");
    }

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task ReadChanges_AfterAWrite_ReportsAChangeOnce(string write)
    {
        var cursor = await QuietCursorAsync("ws-c1");

        await WriteAsync(Repository, "ws-c1", write, 1);
        var seen = await Repository.ReadChangesAsync("ws-c1", cursor, None);
        var after = await Repository.ReadChangesAsync("ws-c1", seen!.Cursor, None);

        Assert.True(seen.Changed, $"A {write} is a change.");
        Assert.False(after!.Changed, $"The {write} was reported already.");
    }

    [Fact]
    public async Task ReadChanges_WriteByAnotherInstance_IsSeen()
    {
        var cursor = await QuietCursorAsync("ws-c2");

        await WriteAsync(OtherInstance, "ws-c2", "answer", 1);
        var seen = await Repository.ReadChangesAsync("ws-c2", cursor, None);

        Assert.True(seen!.Changed);
    }

    [Fact]
    public async Task ReadChanges_ManyWritesBetweenLooks_AreOneChange_AndEachLaterWriteIsSeenToo()
    {
        var cursor = await QuietCursorAsync("ws-c3");
        for (var i = 0; i < 30; i++)
        {
            await WriteAsync(Repository, "ws-c3", "answer", i);
        }

        var changes = await Repository.ReadChangesAsync("ws-c3", cursor, None);
        Assert.True(changes!.Changed);
        cursor = changes.Cursor;
        for (var i = 30; i < 35; i++)
        {
            await WriteAsync(Repository, "ws-c3", "answer", i);
            changes = await Repository.ReadChangesAsync("ws-c3", cursor, None);
            Assert.True(changes!.Changed, $"Answer {i} is seen.");
            cursor = changes.Cursor;
            Assert.False((await Repository.ReadChangesAsync("ws-c3", cursor, None))!.Changed);
        }
    }

    [Fact]
    public async Task ReadChanges_AfterDeletion_IsNull()
    {
        var cursor = await QuietCursorAsync("ws-c4");

        await OtherInstance.DeleteAsync("ws-c4", None);

        Assert.Null(await Repository.ReadChangesAsync("ws-c4", cursor, None));
    }

    /// <summary>A workshop with an answer, and a cursor past every write so far (looked at until a look reports nothing).</summary>
    private async Task<WorkshopChangeCursor> QuietCursorAsync(string workshopId)
    {
        await CreateAsync(workshopId);
        await WriteAsync(Repository, workshopId, "answer", 0);
        var changes = await Repository.ReadChangesAsync(workshopId, null, None);
        for (var i = 0; i < 5 && changes!.Changed; i++)
        {
            changes = await Repository.ReadChangesAsync(workshopId, changes.Cursor, None);
        }

        Assert.False(changes!.Changed, "Looks settle once nothing is written.");
        return changes.Cursor;
    }

    private async Task CreateAsync(string workshopId)
    {
        var frame = Frame(workshopId);
        await Repository.CreateAsync(frame, Progress(frame), None);
    }

    private static async Task WriteAsync(IWorkshopRepository repository, string workshopId, string write, int n)
    {
        var at = T0.AddMinutes(10 + n);
        switch (write)
        {
            case "answer":
                await repository.AddContributionAsync(Answer(workshopId, $"a-{n}", Alice, $"Ответ {n}", at), None);
                break;
            case "insight":
                await repository.AddContributionAsync(Answer(workshopId, $"i-{n}", Bob, "Insight", at) with { Kind = Workshops.Contributions.ContributionKind.Insight }, None);
                break;
            case "move":
                await repository.UpdateProgressAsync(workshopId, (frame, progress) => progress.Next(frame, at), None);
                break;
            case "frame":
                await repository.UpdateFrameAsync(workshopId, frame => frame with { Facilitators = [.. frame.Facilitators, Bob.Id] }, None);
                break;
            case "voting":
                await repository.SetVotingAsync(workshopId, new VotingState(VotingStatus.Open, 3, at, Alice), None);
                break;
            case "ballot":
                await repository.SetVotingAsync(workshopId, new VotingState(VotingStatus.Open, 3, at, Alice), None);
                await repository.CastBallotAsync(new Ballot(workshopId, "young", Bob, new Dictionary<string, int> { ["a-0"] = 1 }, at), None);
                break;
            case "action item":
                await repository.AddActionItemAsync(new ActionItem
                {
                    Id = $"m-{n}", WorkshopId = workshopId, AnswerId = "a-0", SegmentId = "young", Text = "t", Owner = Bob,
                    Due = new DateOnly(2025, 5, 31), AssignedBy = Alice, At = at,
                }, None);
                break;
            case "conclusion":
                await repository.AddConclusionAsync(new Conclusion
                {
                    Id = $"k-{n}", WorkshopId = workshopId, Topic = ConclusionTopic.ProductDirection, Text = "t", Author = Bob, At = at,
                }, None);
                break;
            case "invitation":
                await repository.SaveInvitationAsync(new Invitation(workshopId, Bob, null, InvitationState.Invited, at, null), None);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(write), write, "Unknown write.");
        }
    }
}
