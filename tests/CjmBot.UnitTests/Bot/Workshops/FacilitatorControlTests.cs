using CjmBot.Testing;
using CjmBot.Workshops.Progress;
using Xunit;
using Xunit.Abstractions;

namespace CjmBot.UnitTests.Bot.Workshops;

public sealed class FacilitatorControlTests(ITestOutputHelper output)
{
    public static TheoryData<string> FacilitatorCommands => new()
    {
        "next", "back", "skip", "goto 2", "timer 5", "pause", "resume", "close", "reopen", "copy", "cofacilitator",
        "дальше", "назад", "пропустить", "перейти 2", "таймер 5", "пауза", "продолжить", "закрыть", "открыть", "копия",
    };

    [Theory]
    [MemberData(nameof(FacilitatorCommands))]
    public async Task FacilitatorCommand_FromAParticipant_IsPolitelyRefusedAndNothingChanges(string command)
    {
        await using var host = BotTestHost.Create(output);
        WorkshopProgress? before = null;
        await host.Flow()
            .In(TestConversation.Channel)
            .StartTwoStageWorkshop()
            .Then(async h => before = (await WorkshopFlowTests.LoadAsync(h, TestConversation.Channel)).Progress)
            .As(TestUsers.Boris)
            .Send(command)
            .AssertReply(reply => Assert.True(
                reply.Text!.Contains("only the facilitators (Anna Petrova)", StringComparison.Ordinal)
                || reply.Text.Contains("только ведущие (Anna Petrova)", StringComparison.Ordinal),
                reply.Text))
            .AssertNoMoreReplies()
            .Then(async h =>
            {
                var after = await WorkshopFlowTests.LoadAsync(h, TestConversation.Channel);
                Assert.Equal(before, after.Progress);
                Assert.Equal(1, after.Frame.Version);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task FacilitatorButton_FromAParticipant_IsRefusedInTheInvokeResponse()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .In(TestConversation.GroupChat)
            .StartTwoStageWorkshop()
            .Refresh() // Anna's client: the facilitator's card, with the controls
            .AssertInvokeCard(card => Assert.Contains("For facilitators", card.Texts))
            .As(TestUsers.Boris) // a facilitator's card shown to someone else (a forwarded card, a forged click)
            .Click("Next")
            .AssertInvokeMessage("only the facilitators")
            .AssertNoMoreReplies()
            .Then(async h => Assert.Equal(new Position(0, 0, 0), (await WorkshopFlowTests.LoadAsync(h, TestConversation.GroupChat)).Progress.Position))
            .StartTestAsync();
    }

    [Fact]
    public async Task QuestionCard_EveryoneSeesItWithoutControls_TeamsRefreshesItForFacilitatorsOnly()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .In(TestConversation.GroupChat)
            .StartTwoStageWorkshop()
            .Then(h =>
            {
                var card = new CardView((System.Text.Json.Nodes.JsonObject)h.Adapter.History.Last(call => call.Kind == OutboundKind.Send).Activity!.Attachments![0].Content!);
                Assert.Contains("Facilitators: type next, back, skip or pause", card.Texts);
                Assert.DoesNotContain("For facilitators", card.Texts);
                Assert.DoesNotContain("workshop.next", card.Json.ToJsonString(), StringComparison.Ordinal);
                Assert.Equal([TestUsers.Anna.Id], card.Json["refresh"]!["userIds"]!.AsArray().Select(id => id!.GetValue<string>()));
            })
            .Refresh()
            .AssertInvokeCard(card => Assert.Contains("For facilitators", card.Texts))
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en", "For facilitators", "Next")]
    [InlineData("ru", "Для ведущих", "Дальше")]
    public async Task QuestionCardInAPersonalChat_CarriesTheControls_ItsOneReaderRunsTheWorkshop(string language, string heading, string next)
    {
        await using var host = BotTestHost.Create(output);
        var flow = language == "ru" ? host.Flow().StartRussianWorkshop() : host.Flow().StartTwoStageWorkshop();
        await flow
            .Then(h =>
            {
                var card = new CardView((System.Text.Json.Nodes.JsonObject)h.Adapter.History.Last(call => call.Kind == OutboundKind.Send).Activity!.Attachments![0].Content!);
                Assert.Contains(heading, card.Texts);
                Assert.Contains(card.Buttons, button => button.Title == next);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task RussianQuestionCard_PlainLineForEveryone_ControlsAfterTheRefresh_RefusedForAParticipant()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .In(TestConversation.GroupChat)
            .StartRussianWorkshop()
            .Then(h => Assert.Contains("Ведущие: напишите дальше, назад, пропустить или пауза",
                new CardView((System.Text.Json.Nodes.JsonObject)h.Adapter.History.Last(call => call.Kind == OutboundKind.Send).Activity!.Attachments![0].Content!).Texts))
            .Refresh()
            .AssertInvokeCard(card => Assert.Contains("Для ведущих", card.Texts))
            .As(TestUsers.Boris)
            .Click("Дальше")
            .AssertInvokeMessage("только ведущие")
            .AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Fact]
    public async Task ButtonsOnAnOldCard_AfterTheSessionMoved_AreRefusedInsteadOfMovingTwice()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .StartTwoStageWorkshop()
            .Refresh()
            .AssertInvokeCard(card => Assert.Contains("For facilitators", card.Texts))
            .Click("Next")
            .AssertInvokeMessage("✓")
            .AssertQuestion("Where does the customer meet us at this stage?")
            .SendLater("back")
            .AssertQuestion("What is the customer's goal at this stage?")
            .Refresh()
            .AssertInvokeCard(card => Assert.Contains("For facilitators", card.Texts))
            .Click("Skip")
            .AssertInvokeMessage("✓")
            .AssertQuestion("Where does the customer meet us at this stage?")
            .StartTestAsync();
    }

    [Fact]
    public async Task CoFacilitator_AddedByMention_CanSteer()
    {
        await using var host = BotTestHost.Create(output);
        var boris = new CjmBot.Protocol.Schema.ChannelAccount { Id = TestUsers.Boris.Id, Name = TestUsers.Boris.Name };
        await host.Flow()
            .In(TestConversation.GroupChat)
            .StartTwoStageWorkshop()
            .Send(new CjmBot.Protocol.Schema.Activity
            {
                Text = "<at>CjmBot</at> cofacilitator <at>Boris Ivanov</at>",
                Entities =
                [
                    CjmBot.Protocol.Schema.Entity.Mention(TestUsers.Bot),
                    CjmBot.Protocol.Schema.Entity.Mention(boris),
                ],
            })
            .AssertReply("Co-facilitators added: Boris Ivanov.")
            .As(TestUsers.Boris)
            .SendLater("next")
            .AssertQuestion("Where does the customer meet us at this stage?")
            .StartTestAsync();
    }

    [Fact]
    public async Task Navigation_BackSkipGotoAndEdges_MoveAsAskedOrExplainWhyNot()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .StartTwoStageWorkshop()
            .SendLater("back")
            .AssertReply("This is already the first question.")
            .Send("goto Purchase")
            .AssertQuestion("What is the customer's goal at this stage?", "Stage 2/2: Purchase")
            .Send("goto 1")
            .AssertQuestion("What is the customer's goal at this stage?", "Stage 1/2: Search")
            .Send("goto Loyalty")
            .AssertReply("There is no such stage. Stages: 1. Search, 2. Purchase.")
            .Send("goto")
            .AssertReplyContains("Name the stage")
            .SendLater("skip")
            .AssertQuestion("Where does the customer meet us at this stage?")
            .StartTestAsync();
    }

    [Fact]
    public async Task PauseAndResume_AnswersWaitWhilePaused()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .StartTwoStageWorkshop()
            .Send("pause")
            .AssertReplyContains("Workshop paused")
            .Send("An answer during the pause")
            .AssertReplyContains("The workshop is paused, so your answer was not recorded.")
            .SendLater("next")
            .AssertReply("The workshop is paused; type **resume** first.")
            .Send("pause")
            .AssertReply("The workshop is paused; type **resume** first.")
            .Send("resume")
            .AssertReplyContains("Workshop resumed")
            .AssertQuestion("What is the customer's goal at this stage?")
            .Send("An answer after the pause")
            .AssertReplyContains("✓ Recorded")
            .AssertQuestion("Where does the customer meet us at this stage?") // alone in a personal chat: the answer moves on
            .Send("resume")
            .AssertReply("The workshop is not paused.")
            .Then(async h => Assert.Single((await WorkshopFlowTests.LoadAsync(h)).Answers))
            .StartTestAsync();
    }

    [Fact]
    public async Task Timer_WhenItRunsOut_RemindsAndMovesOn()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .StartTwoStageWorkshop()
            .Send("timer 2")
            .AssertReplyContains("Timer set: 2 min, until 09:02 UTC")
            .Then(async h =>
            {
                h.Time.Advance(TimeSpan.FromSeconds(119));
                Assert.Equal(0, await h.Scheduler.RunDueJobsAsync(CancellationToken.None));
                h.Time.Advance(TimeSpan.FromSeconds(1));
                Assert.Equal(1, await h.Scheduler.RunDueJobsAsync(CancellationToken.None));
            })
            .AssertReply("⏰ Time is up for “What is the customer's goal at this stage?”. Moving on.")
            .AssertQuestion("Where does the customer meet us at this stage?")
            .Then(async h => Assert.Equal(0, await h.Scheduler.RunDueJobsAsync(CancellationToken.None)))
            .AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Fact]
    public async Task Timer_OvertakenByAManualMove_DoesNothing()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .StartTwoStageWorkshop()
            .Send("timer 1")
            .AssertReplyContains("Timer set")
            .SendLater("next")
            .AssertQuestion("Where does the customer meet us at this stage?")
            .Then(async h =>
            {
                h.Time.Advance(TimeSpan.FromMinutes(5));
                await h.Scheduler.RunDueJobsAsync(CancellationToken.None);
            })
            .AssertCardUpdate(card => Assert.Contains("1. Search · Touchpoints ◀ now", card.Texts)) // the manual move's redraw
            .AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Fact]
    public async Task Timebox_FromSetup_AdvancesEveryQuestionByItself()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .StartTwoStageWorkshop(timebox: "3")
            .Then(async h =>
            {
                h.Time.Advance(TimeSpan.FromMinutes(3));
                await h.Scheduler.RunDueJobsAsync(CancellationToken.None);
            })
            .AssertReplyContains("⏰ Time is up")
            .AssertQuestion("Where does the customer meet us at this stage?")
            .Then(async h =>
            {
                h.Time.Advance(TimeSpan.FromMinutes(3));
                await h.Scheduler.RunDueJobsAsync(CancellationToken.None);
            })
            .AssertCardUpdate(card => Assert.Contains("1. Search · Touchpoints ◀ now", card.Texts)) // the map follows each move
            .AssertReplyContains("⏰ Time is up")
            .AssertQuestion("What does the customer feel here?")
            .RunSchedulerAfter(TimeSpan.FromSeconds(1.2))
            .AssertCardUpdate(card => Assert.Contains("1. Search · Emotions ◀ now", card.Texts))
            .Send("pause")
            .AssertReplyContains("Workshop paused")
            .Then(async h =>
            {
                h.Time.Advance(TimeSpan.FromMinutes(10));
                Assert.Equal(0, await h.Scheduler.RunDueJobsAsync(CancellationToken.None));
            })
            .AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Fact]
    public async Task Timer_OutOfRangeOrMissingMinutes_ExplainsUsage()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .StartTwoStageWorkshop()
            .Send("timer 500")
            .AssertReply("Give the minutes: **timer 5** (from 1 to 120).")
            .Send("timer soon")
            .AssertReplyContains("Give the minutes")
            .StartTestAsync();
    }
}
