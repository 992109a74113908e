using CjmBot.Workshops;
using CjmBot.Workshops.Contributions;
using CjmBot.Workshops.Progress;
using CjmBot.Workshops.Questions;
using CjmBot.Workshops.Writes;
using Xunit;
using static CjmBot.IntegrationTests.Storage.WorkshopSamples;

namespace CjmBot.IntegrationTests.Storage;

/// <summary>
/// The <see cref="IWorkshopRepository"/> contract. Every backend derives from this class and so runs exactly these
/// facts; each test gets a fresh, empty repository.
/// </summary>
public abstract class WorkshopRepositoryContractTests : IAsyncLifetime
{
    protected static readonly CancellationToken None = CancellationToken.None;

    protected abstract IWorkshopRepository Repository { get; }

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task GetHeadAsync_AfterCreate_RoundTripsEveryField()
    {
        var frame = Frame("ws-1");
        var progress = Progress(frame);

        await Repository.CreateAsync(frame, progress, None);

        var head = await Repository.GetHeadAsync("ws-1", None);
        Assert.NotNull(head);
        AssertSameFrame(frame, head.Frame);
        Assert.Equal(progress, head.Progress);
        Assert.Equal(T0.AddMinutes(8), head.Progress.TimerDueAt);
    }

    [Fact]
    public async Task GetHeadAsync_FrameWithoutTimeboxOrCopy_RoundTripsTheEmptyFields()
    {
        var frame = PlainFrame("ws-plain");
        var progress = Progress(frame);
        Assert.Null(progress.TimerDueAt);

        await Repository.CreateAsync(frame, progress, None);

        var head = await Repository.GetHeadAsync("ws-plain", None);
        Assert.NotNull(head);
        AssertSameFrame(frame, head.Frame);
        Assert.Null(head.Frame.Timebox);
        Assert.Null(head.Frame.CopiedFromId);
        Assert.Equal(progress, head.Progress);
    }

    [Fact]
    public async Task LoadAsync_AfterCreateAndContributions_RoundTripsEveryField()
    {
        var frame = Frame("ws-load");
        var progress = Progress(frame);
        await Repository.CreateAsync(frame, progress, None);
        Contribution[] contributions =
        [
            Answer("ws-load", "19:abc@thread.tacv2;messageid=1001", Alice, "Страшно, что откажут — «нет» без объяснений", T0.AddMinutes(2)) with { IsAsync = true },
            new Contribution
            {
                Id = "insight/1",
                WorkshopId = "ws-load",
                Kind = ContributionKind.Insight,
                Author = Bob,
                At = T0.AddMinutes(3),
                Text = "Critical moment: the approval SMS never arrives",
            },
            new Contribution
            {
                Id = "answer-kpi",
                WorkshopId = "ws-load",
                Kind = ContributionKind.Answer,
                Author = Bob,
                At = T0.AddMinutes(4),
                SegmentId = "it",
                StageIndex = 3,
                Question = QuestionKey.Kpi,
                Text = "Conversion application → approval > 40%",
            },
            Change("ws-load", "delete#1", Alice, ContributionKind.Deletion, "answer-kpi", text: null, T0.AddMinutes(5)),
        ];

        foreach (var contribution in contributions)
        {
            Assert.Equal(WriteOutcome.Written, await Repository.AddContributionAsync(contribution, None));
        }

        var snapshot = await Repository.LoadAsync("ws-load", None);
        Assert.NotNull(snapshot);
        AssertSameFrame(frame, snapshot.Frame);
        Assert.Equal(progress, snapshot.Progress);
        Assert.Equal(
            contributions.OrderBy(c => c.Id, StringComparer.Ordinal),
            snapshot.Contributions.OrderBy(c => c.Id, StringComparer.Ordinal));
    }

    [Fact]
    public async Task GetHeadAndLoad_UnknownWorkshop_ReturnNull()
    {
        await Repository.CreateAsync(Frame("ws-known"), Progress(Frame("ws-known")), None);

        Assert.Null(await Repository.GetHeadAsync("ws-unknown", None));
        Assert.Null(await Repository.LoadAsync("ws-unknown", None));
    }

    [Fact]
    public async Task CreateAsync_SameIdTwice_CreatesNothingTheSecondTimeAndKeepsTheFirst()
    {
        var frame = Frame("ws-twice");
        Assert.Equal(WorkshopCreation.Created, await Repository.CreateAsync(frame, Progress(frame), None));

        Assert.Equal(WorkshopCreation.AlreadyExists, await Repository.CreateAsync(frame with { Title = "Другая" }, Progress(frame), None));

        var head = await Repository.GetHeadAsync("ws-twice", None);
        Assert.NotNull(head);
        Assert.Equal(frame.Title, head.Frame.Title);
    }

    [Fact]
    public async Task GetActiveWorkshopIdAsync_SeveralWorkshops_IsTheNewestAndListIsOldestFirst()
    {
        foreach (var (id, minutes) in new[] { ("ws-a", 0), ("ws-b", 60), ("ws-c", 60 * 24 * 90) })
        {
            var frame = Frame(id, createdAt: T0.AddMinutes(minutes));
            await Repository.CreateAsync(frame, Concluded(frame), None);
        }

        var other = Frame("ws-other", OtherConversation, T0.AddYears(1));
        await Repository.CreateAsync(other, Progress(other), None);

        Assert.Equal("ws-c", await Repository.GetActiveWorkshopIdAsync(TeamsConversation, None));
        Assert.Equal(["ws-a", "ws-b", "ws-c"], await Repository.ListWorkshopIdsAsync(TeamsConversation, None));
        Assert.Equal("ws-other", await Repository.GetActiveWorkshopIdAsync(OtherConversation, None));
        Assert.Equal(["ws-other"], await Repository.ListWorkshopIdsAsync(OtherConversation, None));
    }

    [Fact]
    public async Task ListAllWorkshopIdsAsync_IsEveryWorkshopOfEveryConversation_UntilItIsDeleted()
    {
        foreach (var (id, conversation) in new[] { ("ws-a", TeamsConversation), ("ws-b", TeamsConversation), ("ws-other", OtherConversation) })
        {
            var frame = Frame(id, conversation);
            await Repository.CreateAsync(frame, Concluded(frame), None);
        }

        Assert.Equal(["ws-a", "ws-b", "ws-other"], (await Repository.ListAllWorkshopIdsAsync(None).ToListAsync()).Order(StringComparer.Ordinal));
        await Repository.DeleteAsync("ws-b", None);
        Assert.Equal(["ws-a", "ws-other"], (await Repository.ListAllWorkshopIdsAsync(None).ToListAsync()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task GetActiveWorkshopIdAsync_ConversationWithoutWorkshops_IsNullAndListIsEmpty()
    {
        var frame = Frame("ws-elsewhere");
        await Repository.CreateAsync(frame, Progress(frame), None);

        Assert.Null(await Repository.GetActiveWorkshopIdAsync(OtherConversation, None));
        Assert.Empty(await Repository.ListWorkshopIdsAsync(OtherConversation, None));
    }

    [Fact]
    public async Task AddContributionAsync_SameIdTwice_SecondReturnsFalseAndFirstIsUnchanged()
    {
        var frame = Frame("ws-dup");
        await Repository.CreateAsync(frame, Progress(frame), None);
        var first = Answer("ws-dup", "19:abc@thread.tacv2;messageid=42", Alice, "Первый ответ", T0.AddMinutes(2));

        Assert.Equal(WriteOutcome.Written, await Repository.AddContributionAsync(first, None));
        Assert.Equal(WriteOutcome.AlreadyDone, await Repository.AddContributionAsync(first with { Text = "Повтор", At = T0.AddMinutes(9) }, None));

        var snapshot = await Repository.LoadAsync("ws-dup", None);
        Assert.NotNull(snapshot);
        Assert.Equal(first, Assert.Single(snapshot.Contributions));
    }

    [Fact]
    public async Task AddContributionAsync_FiftyConcurrentDistinctIds_AllAreLoaded()
    {
        var frame = Frame("ws-crowd");
        await Repository.CreateAsync(frame, Progress(frame), None);
        var contributions = Enumerable.Range(0, 50)
            .Select(i => Answer("ws-crowd", $"msg-{i:D2}", i % 2 == 0 ? Alice : Bob, $"Ответ номер {i}", T0.AddSeconds(i)))
            .ToList();

        var added = await Task.WhenAll(contributions.Select(c => Task.Run(() => Repository.AddContributionAsync(c, None))));

        Assert.All(added, outcome => Assert.Equal(WriteOutcome.Written, outcome));
        var snapshot = await Repository.LoadAsync("ws-crowd", None);
        Assert.NotNull(snapshot);
        Assert.Equal(contributions, snapshot.Contributions.OrderBy(c => c.Id, StringComparer.Ordinal));
        Assert.Equal(50, snapshot.Answers.Count);
    }

    [Fact]
    public async Task UpdateProgressAsync_TenConcurrentNext_AdvancesExactlyTenQuestions()
    {
        var frame = Frame("ws-next");
        var progress = Progress(frame);
        await Repository.CreateAsync(frame, progress, None);
        var now = T0.AddMinutes(30);

        var changes = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() =>
            Repository.UpdateProgressAsync("ws-next", (f, p) => p.Next(f, now), None))));

        Assert.All(changes, change => Assert.True(change.Succeeded));
        Assert.Equal(
            Enumerable.Range(progress.Revision + 1, 10),
            changes.Select(change => change.Progress!.Revision).Order());
        var head = await Repository.GetHeadAsync("ws-next", None);
        Assert.NotNull(head);
        Assert.Equal(progress.Revision + 10, head.Progress.Revision);
        // Seven questions per stage (KPI on): ten moves from the start end on stage 2, question 4.
        Assert.Equal(new Position(0, 1, 3), head.Progress.Position);
        Assert.Equal(WorkshopStatus.Running, head.Progress.Status);
        Assert.Equal(now, head.Progress.QuestionStartedAt);
        Assert.Equal(now + frame.Timebox, head.Progress.TimerDueAt);
    }

    [Fact]
    public async Task UpdateProgressAsync_RefusedChange_ReturnsTheRefusalAndWritesNothing()
    {
        var frame = Frame("ws-refused");
        var progress = Progress(frame);
        await Repository.CreateAsync(frame, progress, None);

        var change = await Repository.UpdateProgressAsync("ws-refused", (f, p) => p.Back(f, T0.AddMinutes(5)), None);

        Assert.False(change.Succeeded);
        Assert.Equal(ProgressError.AtStart, change.Error);
        var head = await Repository.GetHeadAsync("ws-refused", None);
        Assert.NotNull(head);
        Assert.Equal(progress, head.Progress);
    }

    [Fact]
    public async Task UpdateProgressAsync_Pause_IsPersisted()
    {
        var frame = Frame("ws-pause");
        await Repository.CreateAsync(frame, Progress(frame), None);

        var change = await Repository.UpdateProgressAsync("ws-pause", (_, p) => p.Pause(), None);

        var head = await Repository.GetHeadAsync("ws-pause", None);
        Assert.NotNull(head);
        Assert.Equal(change.Progress, head.Progress);
        Assert.Equal(WorkshopStatus.Paused, head.Progress.Status);
        Assert.Null(head.Progress.TimerDueAt);
    }

    [Fact]
    public async Task GetHeadAsync_SetUpToRunEachStageBlind_RoundTripsTheOptionAndTheFirstStagesRound()
    {
        var frame = Frame("ws-blind-stages") with { BlindStages = true };
        var progress = Progress(frame);

        await Repository.CreateAsync(frame, progress, None);

        var head = await Repository.GetHeadAsync("ws-blind-stages", None);
        Assert.NotNull(head);
        AssertSameFrame(frame, head.Frame);
        Assert.Equal(progress, head.Progress);
        Assert.Equal([new BlindRound(0, 0, null)], head.Progress.Blind);
    }

    [Fact]
    public async Task UpdateProgressAsync_BlindRounds_ArePersistedAndARevealClearsThem()
    {
        var frame = Frame("ws-blind");
        await Repository.CreateAsync(frame, Progress(frame), None);

        await Repository.UpdateProgressAsync("ws-blind", (f, p) => p.ChangeBlind(f, BlindChange.Question, T0.AddMinutes(1)), None);
        await Repository.UpdateProgressAsync("ws-blind", (f, p) => p.Next(f, T0.AddMinutes(2)), None);
        await Repository.UpdateProgressAsync("ws-blind", (f, p) => p.ChangeBlind(f, BlindChange.Question, T0.AddMinutes(3)), None);
        var blind = await Repository.GetHeadAsync("ws-blind", None);
        Assert.NotNull(blind);
        Assert.Equal([new BlindRound(0, 0, QuestionKey.Goal), new BlindRound(0, 0, QuestionKey.Touchpoints)], blind.Progress.Blind);
        Assert.Equal(T0.AddMinutes(3), blind.Progress.BlindChangedAt);
        Assert.Equal(2, blind.Progress.Revision); // a blind round is no move: the cards' buttons stay current

        await Repository.UpdateProgressAsync("ws-blind", (f, p) => p.ChangeBlind(f, BlindChange.Stage, T0.AddMinutes(4)), None);
        Assert.Equal([new BlindRound(0, 0, null)], (await Repository.GetHeadAsync("ws-blind", None))!.Progress.Blind);

        await Repository.UpdateProgressAsync("ws-blind", (f, p) => p.ChangeBlind(f, BlindChange.Reveal, T0.AddMinutes(5)), None);
        var revealed = await Repository.LoadAsync("ws-blind", None);
        Assert.NotNull(revealed);
        Assert.Empty(revealed.Progress.Blind);
        Assert.Equal(T0.AddMinutes(5), revealed.Progress.BlindChangedAt);
    }

    [Fact]
    public async Task UpdateProgressAsync_UnknownWorkshop_IsGoneAndWritesNothing()
    {
        var update = await Repository.UpdateProgressAsync("ws-none", "op-1", (_, p) => p.Pause(), None);

        Assert.Equal(WriteOutcome.WorkshopGone, update.Write);
        Assert.Null(await Repository.GetHeadAsync("ws-none", None));
    }

    [Fact]
    public async Task UpdateFrameAsync_FiveConcurrentFacilitatorAdds_KeepsAllFive()
    {
        var frame = Frame("ws-team");
        await Repository.CreateAsync(frame, Progress(frame), None);
        var added = Enumerable.Range(1, 5).Select(i => $"29:co-facilitator-{i}").ToList();

        await Task.WhenAll(added.Select(id => Task.Run(() =>
            Repository.UpdateFrameAsync("ws-team", f => f with { Facilitators = [.. f.Facilitators, id] }, None))));

        var head = await Repository.GetHeadAsync("ws-team", None);
        Assert.NotNull(head);
        // The order of the five depends on who won each round; none may be lost and the original two stay first.
        Assert.Equal(frame.Facilitators, head.Frame.Facilitators.Take(frame.Facilitators.Count));
        Assert.Equal(added, head.Frame.Facilitators.Skip(frame.Facilitators.Count).Order(StringComparer.Ordinal));
        Assert.Equal(frame.Facilitators.Count + 5, head.Frame.Facilitators.Count);
        Assert.All(added, id => Assert.True(head.Frame.IsFacilitator(id)));
        AssertSameFrame(frame with { Facilitators = head.Frame.Facilitators }, head.Frame);
    }

    [Fact]
    public async Task UpdateFrameAsync_Change_ReturnsAndPersistsTheNewFrame()
    {
        var frame = Frame("ws-frame");
        await Repository.CreateAsync(frame, Progress(frame), None);

        var changed = await Repository.UpdateFrameAsync("ws-frame", f => f with { Timebox = null, Title = "Новое название" }, None);

        Assert.Equal("Новое название", changed.Title);
        var head = await Repository.GetHeadAsync("ws-frame", None);
        Assert.NotNull(head);
        AssertSameFrame(changed, head.Frame);
        Assert.Null(head.Frame.Timebox);
    }

    [Fact]
    public async Task LoadAsync_EditsAndDeletions_AppliesTheAuthorsAndIgnoresSomeoneElses()
    {
        const string Id = "ws-replay";
        var frame = Frame(Id);
        await Repository.CreateAsync(frame, Progress(frame), None);
        Contribution[] contributions =
        [
            Answer(Id, "a1", Alice, "Долго ждать звонка", T0.AddMinutes(1)),
            Answer(Id, "a2", Alice, "Непонятные документы", T0.AddMinutes(2)),
            Answer(Id, "b1", Bob, "The form forgets my data", T0.AddMinutes(3)),
            Change(Id, "e1", Alice, ContributionKind.Edit, "a1", "Долго ждать звонка менеджера", T0.AddMinutes(4)),
            Change(Id, "e2", Alice, ContributionKind.Edit, "b1", "Hijacked", T0.AddMinutes(5)),
            Change(Id, "d1", Alice, ContributionKind.Deletion, "a2", text: null, T0.AddMinutes(6)),
            Change(Id, "d2", Alice, ContributionKind.Deletion, "b1", text: null, T0.AddMinutes(7)),
        ];
        foreach (var contribution in contributions)
        {
            Assert.Equal(WriteOutcome.Written, await Repository.AddContributionAsync(contribution, None));
        }

        var snapshot = await Repository.LoadAsync(Id, None);

        Assert.NotNull(snapshot);
        Assert.Collection(
            snapshot.Answers,
            first =>
            {
                Assert.Equal("a1", first.Id);
                Assert.Equal("Долго ждать звонка менеджера", first.Text);
                Assert.True(first.Edited);
            },
            second =>
            {
                Assert.Equal("b1", second.Id);
                Assert.Equal("The form forgets my data", second.Text);
                Assert.False(second.Edited);
            });
    }
}
