using CjmBot.Workshops;
using CjmBot.Workshops.Async;
using CjmBot.Workshops.Contributions;
using CjmBot.Workshops.Progress;
using CjmBot.Workshops.Voting;
using CjmBot.Workshops.Writes;
using Xunit;
using static CjmBot.IntegrationTests.Storage.WorkshopSamples;

namespace CjmBot.IntegrationTests.Storage;

/// <summary>
/// The one door of every write, on every backend: an operation takes effect once whatever the concurrency, nothing is
/// written into a workshop once its deletion began (also while a burst arrives), one workshop runs per conversation
/// however many start at once, and the state and cards a workshop owns live and go with it.
/// </summary>
public abstract class WriteDoorContractTests : IAsyncLifetime
{
    protected static readonly CancellationToken None = CancellationToken.None;

    protected abstract IWorkshopRepository Repository { get; }

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task UpdateProgressAsync_TenMovesEachDeliveredTwiceAtOnce_MoveTenTimes()
    {
        var frame = Frame("ws-door-moves");
        await Repository.CreateAsync(frame, Progress(frame), None);

        var updates = await Task.WhenAll(Enumerable.Range(0, 10).SelectMany(i => new[] { i, i }).Select(i => Task.Run(() =>
            Repository.UpdateProgressAsync(frame.Id, $"conv|move-{i}", (f, p) => p.Next(f, T0.AddMinutes(2)), None))));

        Assert.Equal(10, updates.Count(update => update.Applied));
        Assert.Equal(10, updates.Count(update => update.Write == WriteOutcome.AlreadyDone));
        var head = await Repository.GetHeadAsync(frame.Id, None);
        Assert.Equal(1 + 10, head!.Progress.Revision);
        Assert.Equal(10, head.Progress.Position.Stage * frame.Questions.Count + head.Progress.Position.Question);
    }

    [Fact]
    public async Task EveryWrite_SameOperationTwice_TakesEffectOnce()
    {
        var frame = Frame("ws-door-once");
        await Repository.CreateAsync(frame, Progress(frame), None);
        var voting = new VotingState(VotingStatus.Open, 3, T0, Alice);

        Assert.Equal(WriteOutcome.Written, await Repository.SetVotingAsync(frame.Id, "op-vote", voting, None));
        Assert.Equal(WriteOutcome.AlreadyDone, await Repository.SetVotingAsync(frame.Id, "op-vote", voting with { Budget = 9 }, None));
        Assert.Equal(WriteOutcome.Written, await Repository.UpdateFrameAsync(frame.Id, "op-frame", f => f with { Title = "Первое" }, None));
        Assert.Equal(WriteOutcome.AlreadyDone, await Repository.UpdateFrameAsync(frame.Id, "op-frame", f => f with { Title = "Второе" }, None));
        var invitation = new Invitation(frame.Id, Bob, null, InvitationState.Invited, T0);
        Assert.Equal(WriteOutcome.Written, await Repository.SaveInvitationAsync(invitation, "op-invite", None));
        Assert.Equal(WriteOutcome.AlreadyDone, await Repository.SaveInvitationAsync(invitation with { Role = "sales" }, "op-invite", None));
        var conclusion = new Conclusion { Id = "op-concl|1", WorkshopId = frame.Id, Topic = ConclusionTopic.KpiChanges, Text = "Меньше шагов", Author = Alice, At = T0 };
        Assert.Equal(WriteOutcome.Written, await Repository.AddConclusionsAsync(frame.Id, "op-concl", [conclusion], None));
        Assert.Equal(WriteOutcome.AlreadyDone, await Repository.AddConclusionsAsync(frame.Id, "op-concl", [conclusion with { Text = "Другое" }], None));

        var workshop = await Repository.LoadAsync(frame.Id, None);
        Assert.Equal(3, workshop!.Voting.Budget);
        Assert.Equal("Первое", workshop.Frame.Title);
        Assert.Null((await Repository.GetInvitationAsync(frame.Id, Bob.Id, None))!.Role);
        Assert.Equal("Меньше шагов", Assert.Single(workshop.Conclusions).Text);
    }

    [Fact]
    public async Task EveryWrite_AfterDeletion_IsRefusedAndLeavesNothing()
    {
        var frame = Frame("ws-door-gone");
        await Repository.CreateAsync(frame, Progress(frame), None);
        await Repository.WriteStateAsync(frame.Id, "live-map", "{}", WorkshopStateItem.AnyETag, None);
        Assert.NotNull(await Repository.DeleteAsync(frame.Id, None));

        Assert.Equal(WriteOutcome.WorkshopGone, await Repository.AddContributionAsync(Answer(frame.Id, "late", Alice, "Поздно", T0), None));
        Assert.Equal(WriteOutcome.WorkshopGone, (await Repository.UpdateProgressAsync(frame.Id, "op-late", (f, p) => p.Next(f, T0), None)).Write);
        Assert.Equal(WriteOutcome.WorkshopGone, await Repository.SetVotingAsync(frame.Id, "op-late-vote", VotingState.NotStarted, None));
        Assert.Equal(WriteOutcome.WorkshopGone, await Repository.SaveAsyncWindowAsync(new AsyncWindow(frame.Id, T0, false), "op-late-window", None));
        Assert.Null(await Repository.WriteStateAsync(frame.Id, "live-map", "{}", WorkshopStateItem.AnyETag, None));
        Assert.Equal(WriteOutcome.WorkshopGone, await Repository.RecordCardAsync(new PostedCard(frame.ConversationId, "m1", "help", frame.Id, Alice.Id), None));

        Assert.Null(await Repository.GetHeadAsync(frame.Id, None));
        Assert.Null(await Repository.LoadAsync(frame.Id, None));
        Assert.Null(await Repository.ReadStateAsync(frame.Id, "live-map", None));
        Assert.Null(await Repository.DeleteAsync(frame.Id, None));
    }

    [Fact]
    public async Task DeleteAsync_WhileTwoHundredAnswersArrive_LeavesNoRowAndLaterAnswersAreRefused()
    {
        var frame = Frame("ws-door-burst");
        await Repository.CreateAsync(frame, Progress(frame), None);
        var answers = Enumerable.Range(0, 200).Select(i => Task.Run(async () =>
        {
            await Task.Delay(i * 5);
            return await Repository.AddContributionAsync(Answer(frame.Id, $"burst-{i:D3}", i % 2 == 0 ? Alice : Bob, $"Ответ {i}", T0.AddSeconds(i)), None);
        })).ToList();
        await Task.Delay(300);

        var removal = await Repository.DeleteAsync(frame.Id, None);
        var outcomes = await Task.WhenAll(answers);

        Assert.NotNull(removal);
        var written = outcomes.Count(outcome => outcome == WriteOutcome.Written);
        Assert.Equal(200 - written, outcomes.Count(outcome => outcome == WriteOutcome.WorkshopGone));
        Assert.Equal(written, removal.Contributions.GetValueOrDefault(ContributionKind.Answer));
        Assert.Null(await Repository.LoadAsync(frame.Id, None));
        await AssertNothingLeftAsync(frame.Id);
    }

    [Fact]
    public async Task CreateAsync_FiveStartsAtOnceInOneConversation_StartOneWorkshop()
    {
        var frames = Enumerable.Range(0, 5).Select(i => Frame($"ws-door-start-{i}", OtherConversation, T0.AddSeconds(i))).ToList();

        var created = await Task.WhenAll(frames.Select(frame => Task.Run(() => Repository.CreateAsync(frame, Progress(frame), None))));

        Assert.Equal(1, created.Count(c => c == WorkshopCreation.Created));
        Assert.Equal(4, created.Count(c => c == WorkshopCreation.AnotherRunning));
        var index = await Repository.ReadConversationIndexAsync(OtherConversation, None);
        var winner = frames[Array.IndexOf(created, WorkshopCreation.Created)].Id;
        Assert.Equal([winner], index.WorkshopIds);
        foreach (var loser in frames.Where(frame => frame.Id != winner))
        {
            Assert.Null(await Repository.GetHeadAsync(loser.Id, None));
        }
    }

    [Fact]
    public async Task CreateAsync_OneStartDeliveredTwiceAtOnce_CreatesOne()
    {
        var frame = Frame("ws-door-twin", OtherConversation, T0);

        var created = await Task.WhenAll(Task.Run(() => Repository.CreateAsync(frame, Progress(frame), None)), Task.Run(() => Repository.CreateAsync(frame, Progress(frame), None)));

        Assert.Equal([WorkshopCreation.Created, WorkshopCreation.AlreadyExists], created.Order());
        Assert.Equal([frame.Id], (await Repository.ReadConversationIndexAsync(OtherConversation, None)).WorkshopIds);
    }

    [Fact]
    public async Task CreateAsync_AfterTheRunningOneClosed_StartsTheNext()
    {
        var first = Frame("ws-door-first", OtherConversation, T0);
        var second = Frame("ws-door-second", OtherConversation, T0.AddHours(1));
        await Repository.CreateAsync(first, Progress(first), None);
        Assert.Equal(WorkshopCreation.AnotherRunning, await Repository.CreateAsync(second, Progress(second), None));

        await Repository.UpdateProgressAsync(first.Id, "op-close", (_, p) => p.Close(DateTimeOffset.UnixEpoch), None);

        Assert.Equal(WorkshopCreation.Created, await Repository.CreateAsync(second, Progress(second), None));
        Assert.Equal(second.Id, await Repository.GetActiveWorkshopIdAsync(OtherConversation, None));
    }

    [Fact]
    public async Task StateItems_LiveInTheWorkshop_UnderETags()
    {
        var frame = Frame("ws-door-state");
        await Repository.CreateAsync(frame, Progress(frame), None);

        var created = await Repository.WriteStateAsync(frame.Id, "sequence/29:a", """{"n":1}""", eTag: null, None);
        Assert.NotNull(created);
        await Assert.ThrowsAsync<WorkshopStateConflictException>(() => Repository.WriteStateAsync(frame.Id, "sequence/29:a", """{"n":9}""", eTag: null, None));
        var updated = await Repository.WriteStateAsync(frame.Id, "sequence/29:a", """{"n":2}""", created, None);
        await Assert.ThrowsAsync<WorkshopStateConflictException>(() => Repository.WriteStateAsync(frame.Id, "sequence/29:a", """{"n":3}""", created, None));

        var read = await Repository.ReadStateAsync(frame.Id, "sequence/29:a", None);
        Assert.Equal("""{"n":2}""", read!.Json);
        Assert.Equal(updated, read.ETag);
        Assert.True(await Repository.DeleteStateAsync(frame.Id, "sequence/29:a", read.ETag, None));
        Assert.Null(await Repository.ReadStateAsync(frame.Id, "sequence/29:a", None));
        Assert.Null(await Repository.ReadStateAsync("ws-door-other", "sequence/29:a", None));
    }

    [Fact]
    public async Task PostedCards_AreFoundOnlyWhereTheyWerePostedAndGoWithTheirWorkshop()
    {
        var frame = Frame("ws-door-cards");
        await Repository.CreateAsync(frame, Progress(frame), None);
        await Repository.RecordCardAsync(new PostedCard(frame.ConversationId, "msg-help", "help", null, Alice.Id), None);
        await Repository.RecordCardAsync(new PostedCard(frame.ConversationId, "msg-delete", "delete-confirmation", frame.Id, Alice.Id), None);

        Assert.Equal("help", (await Repository.FindCardAsync(frame.ConversationId, null, "msg-help", None))?.Kind);
        Assert.Equal(Alice.Id, (await Repository.FindCardAsync(frame.ConversationId, null, "msg-help", None))?.PostedFor);
        Assert.Null(await Repository.FindCardAsync(OtherConversation, null, "msg-help", None));
        Assert.Null(await Repository.FindCardAsync(frame.ConversationId, frame.Id, "msg-help", None));
        Assert.Equal("delete-confirmation", (await Repository.FindCardAsync(frame.ConversationId, frame.Id, "msg-delete", None))?.Kind);

        await Repository.DeleteAsync(frame.Id, None);
        Assert.Null(await Repository.FindCardAsync(frame.ConversationId, frame.Id, "msg-delete", None));
    }

    /// <summary>What a backend can still find of a deleted workshop (the table suite also reads its rows directly).</summary>
    protected virtual Task AssertNothingLeftAsync(string workshopId) => Task.CompletedTask;
}
