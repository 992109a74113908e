using CjmBot.Protocol.State;
using CjmBot.Workshops;
using CjmBot.Workshops.Async;
using CjmBot.Workshops.Contributions;
using CjmBot.Workshops.Frame;
using CjmBot.Workshops.Questions;
using CjmBot.Workshops.Voting;
using Xunit;
using static CjmBot.IntegrationTests.Storage.WorkshopSamples;

namespace CjmBot.IntegrationTests.Storage;

/// <summary>
/// The person → workshops index and a person's erasure (<see cref="IWorkshopRepository.ErasePersonAsync"/>): the same facts
/// on every backend. Each test gets fresh, empty stores.
/// </summary>
public abstract class PersonIndexContractTests : IAsyncLifetime
{
    protected static readonly CancellationToken None = CancellationToken.None;

    protected static readonly Participant Carol = new("29:1carol/ü#?%~", "Кэрол Смит");

    protected abstract IWorkshopRepository Repository { get; }

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Index_EveryWayOfTakingPart_NamesTheWorkshopOnce()
    {
        string[] ids = ["ws-p/answer", "ws-p/ballot", "ws-p/invite", "ws-p/action", "ws-p/conclusion", "ws-p/none"];
        foreach (var id in ids)
        {
            await Repository.CreateAsync(Frame(id), Concluded(Frame(id)), None);
        }

        await Repository.AddContributionAsync(Answer(ids[0], "a1", Carol, "Долго грузится", T0), None);
        await Repository.AddContributionAsync(Answer(ids[0], "a2", Carol, "И ещё раз", T0.AddSeconds(1)), None);
        await Repository.SetVotingAsync(ids[1], new VotingState(VotingStatus.Open, 3, T0, Alice), None);
        await Repository.CastBallotAsync(new Ballot(ids[1], "young", Carol, new Dictionary<string, int> { ["x"] = 1 }, T0), None);
        await Repository.SaveInvitationAsync(new Invitation(ids[2], Carol, null, InvitationState.Invited, T0), None);
        await Repository.AddActionItemAsync(ActionOwnedBy(ids[3], "act1", Carol), None);
        await Repository.AddConclusionAsync(ConclusionBy(ids[4], "con1", Carol, "Упростить"), None);
        await Repository.AddContributionAsync(Answer(ids[5], "b1", Bob, "Чужой ответ", T0), None);

        var workshops = await Repository.ListWorkshopsOfPersonAsync(Carol.Id, None);

        Assert.Equal(ids[..5].Order(StringComparer.Ordinal), workshops.Order(StringComparer.Ordinal));
        Assert.Empty(await Repository.ListWorkshopsOfPersonAsync("29:1nobody", None));
    }

    [Fact]
    public async Task DeleteAsync_RemovesTheWorkshopFromEveryonesIndex()
    {
        var kept = Frame("ws-p-kept");
        var deleted = Frame("ws-p-deleted", conversationId: OtherConversation);
        await Repository.CreateAsync(kept, Progress(kept), None);
        await Repository.CreateAsync(deleted, Progress(deleted), None);
        await Repository.AddContributionAsync(Answer(kept.Id, "a1", Carol, "Остаётся", T0), None);
        await Repository.AddContributionAsync(Answer(deleted.Id, "a1", Carol, "Уходит", T0), None);
        await Repository.AddContributionAsync(Answer(deleted.Id, "b1", Bob, "Тоже уходит", T0), None);
        await Repository.SaveInvitationAsync(new Invitation(deleted.Id, Alice, null, InvitationState.Invited, T0), None);

        await Repository.DeleteAsync(deleted.Id, None);

        Assert.Equal([kept.Id], await Repository.ListWorkshopsOfPersonAsync(Carol.Id, None));
        Assert.Empty(await Repository.ListWorkshopsOfPersonAsync(Bob.Id, None));
        Assert.Empty(await Repository.ListWorkshopsOfPersonAsync(Alice.Id, None));
    }

    [Fact]
    public async Task ErasePersonAsync_RemovesTheirRecords_KeepsVotesAsCountsAndOthersWhole()
    {
        var frame = Frame("ws-erase");
        await Repository.CreateAsync(frame, Progress(frame), None);
        await Repository.AddContributionAsync(Answer(frame.Id, "c1", Carol, "Карта не принимается", T0) with { Question = QuestionKey.Barriers }, None);
        await Repository.AddContributionAsync(new Contribution
        {
            Id = "c2", WorkshopId = frame.Id, Kind = ContributionKind.Edit, Author = Carol, At = T0.AddSeconds(1), TargetId = "c1", Text = "Карта не проходит",
        }, None);
        await Repository.AddContributionAsync(new Contribution
        {
            Id = "c3", WorkshopId = frame.Id, Kind = ContributionKind.Insight, Author = Carol, At = T0.AddSeconds(2), Text = "Банк-эмитент режет",
        }, None);
        await Repository.AddContributionAsync(Answer(frame.Id, "b1", Bob, "Нет оплаты частями", T0.AddSeconds(3)) with { Question = QuestionKey.Barriers }, None);
        await Repository.SetVotingAsync(frame.Id, new VotingState(VotingStatus.Open, 3, T0, Alice), None);
        await Repository.CastBallotAsync(new Ballot(frame.Id, "young", Carol, new Dictionary<string, int> { ["b1"] = 2 }, T0.AddMinutes(1)), None);
        await Repository.CastBallotAsync(new Ballot(frame.Id, "young", Bob, new Dictionary<string, int> { ["b1"] = 1 }, T0.AddMinutes(1)), None);
        await Repository.AddActionItemAsync(ActionOwnedBy(frame.Id, "act1", Carol), None);
        await Repository.AddConclusionAsync(ConclusionBy(frame.Id, "con1", Carol, "Вывод Кэрол"), None);
        await Repository.AddConclusionAsync(ConclusionBy(frame.Id, "con2", Bob, "Вывод Боба"), None);
        await Repository.SaveInvitationAsync(new Invitation(frame.Id, Carol, "support", InvitationState.Invited, T0), None);
        await Repository.WriteStateAsync(frame.Id, StateKeys.Build("sequence", Carol.Id), "{\"step\":1}", WorkshopStateItem.AnyETag, None);
        await Repository.WriteStateAsync(frame.Id, "live-map", "{\"messageId\":\"m1\"}", WorkshopStateItem.AnyETag, None);
        var before = (await Repository.LoadAsync(frame.Id, None))!;

        var erasure = await Repository.ErasePersonAsync(frame.Id, Carol, None);

        Assert.NotNull(erasure);
        Assert.Equal(1, erasure.Contributions[ContributionKind.Answer]);
        Assert.Equal(1, erasure.Contributions[ContributionKind.Edit]);
        Assert.Equal(1, erasure.Contributions[ContributionKind.Insight]);
        Assert.Equal(1, erasure.Conclusions);
        Assert.Equal(1, erasure.Invitations);
        Assert.Equal(1, erasure.Ballots);
        Assert.Equal(1, erasure.ActionItems);
        Assert.Equal(1, erasure.OtherItems);
        var after = (await Repository.LoadAsync(frame.Id, None))!;
        Assert.DoesNotContain(after.Contributions, c => c.Author.Id == Carol.Id);
        Assert.Equal(["b1"], after.Contributions.Select(c => c.Id));
        Assert.Equal(before.Votes.VotesFor("b1"), after.Votes.VotesFor("b1"));
        Assert.Equal(3, after.Votes.VotesFor("b1"));
        Assert.DoesNotContain(after.Decisions.Ballots, b => b.Voter.Id == Carol.Id || b.Voter.Name == Carol.Name);
        Assert.True(Assert.Single(after.ActionItems).Owner.IsFormer);
        Assert.Equal(["Вывод Боба"], after.Conclusions.Select(c => c.Text));
        Assert.Null(await Repository.GetInvitationAsync(frame.Id, Carol.Id, None));
        Assert.Null(await Repository.ReadStateAsync(frame.Id, StateKeys.Build("sequence", Carol.Id), None));
        Assert.NotNull(await Repository.ReadStateAsync(frame.Id, "live-map", None));
        Assert.Empty(await Repository.ListWorkshopsOfPersonAsync(Carol.Id, None));
        Assert.Equal([frame.Id], await Repository.ListWorkshopsOfPersonAsync(Bob.Id, None));

        var again = await Repository.ErasePersonAsync(frame.Id, Carol, None);

        Assert.NotNull(again);
        Assert.Equal(0, again.Total);
        Assert.Equal(3, (await Repository.LoadAsync(frame.Id, None))!.Votes.VotesFor("b1"));
    }

    [Fact]
    public async Task ErasePersonAsync_WorkshopGone_ReturnsNullAndDropsTheStaleIndexRow()
    {
        var frame = Frame("ws-erase-gone");
        await Repository.CreateAsync(frame, Progress(frame), None);
        await Repository.AddContributionAsync(Answer(frame.Id, "c1", Carol, "Ответ", T0), None);
        await Repository.DeleteAsync(frame.Id, None);

        Assert.Null(await Repository.ErasePersonAsync(frame.Id, Carol, None));
        Assert.Null(await Repository.ErasePersonAsync("ws-never", Carol, None));
        Assert.Empty(await Repository.ListWorkshopsOfPersonAsync(Carol.Id, None));
    }

    [Fact]
    public async Task ErasedPerson_ContributingAgain_IsIndexedAgain()
    {
        var frame = Frame("ws-erase-again");
        await Repository.CreateAsync(frame, Progress(frame), None);
        await Repository.AddContributionAsync(Answer(frame.Id, "c1", Carol, "Первый", T0), None);
        await Repository.ErasePersonAsync(frame.Id, Carol, None);

        await Repository.AddContributionAsync(Answer(frame.Id, "c2", Carol, "Второй", T0.AddSeconds(5)), None);

        Assert.Equal([frame.Id], await Repository.ListWorkshopsOfPersonAsync(Carol.Id, None));
    }

    [Fact]
    public async Task RemoveCardsPostedForAsync_RemovesOnlyTheirCardsInThatConversation()
    {
        await Repository.RecordCardAsync(new PostedCard(OtherConversation, "m1", "forget", null, Carol.Id), None);
        await Repository.RecordCardAsync(new PostedCard(OtherConversation, "m2", "setup", null, Bob.Id), None);
        await Repository.RecordCardAsync(new PostedCard(TeamsConversation, "m3", "setup", null, Carol.Id), None);

        Assert.Equal(1, await Repository.RemoveCardsPostedForAsync(OtherConversation, Carol.Id, None));

        Assert.Null(await Repository.FindCardAsync(OtherConversation, null, "m1", None));
        Assert.NotNull(await Repository.FindCardAsync(OtherConversation, null, "m2", None));
        Assert.NotNull(await Repository.FindCardAsync(TeamsConversation, null, "m3", None));
    }

    protected static ActionItem ActionOwnedBy(string workshopId, string id, Participant owner) => new()
    {
        Id = id, WorkshopId = workshopId, AnswerId = "b1", SegmentId = "young", Text = "Добавить оплату частями", Owner = owner,
        Due = new DateOnly(2025, 4, 1), AssignedBy = Alice, At = T0.AddMinutes(2),
    };

    protected static Conclusion ConclusionBy(string workshopId, string id, Participant author, string text) => new()
    {
        Id = id, WorkshopId = workshopId, Topic = ConclusionTopic.KpiChanges, Text = text, Author = author, At = T0.AddMinutes(3),
    };
}
