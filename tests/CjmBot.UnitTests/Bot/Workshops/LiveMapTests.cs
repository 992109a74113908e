using System.Net;
using System.Text.Json.Nodes;
using CjmBot.Protocol.Schema;
using CjmBot.Testing;
using CjmBot.Bot.LiveMap;
using Xunit;
using Xunit.Abstractions;

namespace CjmBot.UnitTests.Bot.Workshops;

/// <summary>
/// The live map: one map message per workshop, posted when it starts and redrawn in place (PUT) at most once a
/// second as answers arrive, instead of a reply per answer.
/// </summary>
public sealed class LiveMapTests(ITestOutputHelper output)
{
    private static readonly TimeSpan PastTheSecond = TimeSpan.FromSeconds(1.2);

    private static readonly TestUser[] TenPeople = Enumerable.Range(1, 10)
        .Select(i => new TestUser($"29:1person-{i:00}", $"Person {i:00}", $"bbbbbbbb-0000-0000-0000-0000000000{i:00}"))
        .ToArray();

    [Fact]
    public async Task ChannelBurst_ThirtyAnswersFromTenPeople_OneMapUpdateShowsAllThirty()
    {
        await using var host = BotTestHost.Create(output);
        var flow = host.Flow().In(TestConversation.Channel).StartTwoStageWorkshop();
        for (var i = 0; i < 30; i++)
        {
            flow = flow.As(TenPeople[i % 10]).Send($"Answer {i + 1:00} from {TenPeople[i % 10].Name}");
        }

        await flow
            .AssertNoMoreReplies()
            .Then(h => h.Time.Advance(TimeSpan.FromSeconds(1.1)))
            .Then(async h => Assert.Equal(0, await h.Scheduler.RunDueJobsAsync(CancellationToken.None)))
            .AssertNoMoreReplies()
            .RunSchedulerAfter(TimeSpan.FromSeconds(0.1))
            .AssertCardUpdate(card =>
            {
                Assert.Equal("Customer journey map", card.Heading);
                Assert.Contains("Goal (30)", card.Texts);
                Assert.Contains("• Answer 01 from Person 01 — Person 01", card.Texts);
            })
            .AssertNoMoreReplies()
            .Then(h =>
            {
                var update = Assert.Single(h.Adapter.History, call => call.Kind == OutboundKind.Update);
                Assert.Equal(Assert.Single(MapMessageIds(h)), update.ActivityId);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task RedrawJob_NothingChangedSinceTheLastDrawing_SendsNoUpdate()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .In(TestConversation.GroupChat)
            .StartTwoStageWorkshop()
            .Then(async h => Assert.True(await RequestRedrawAsync(h)))
            .RunSchedulerAfter(PastTheSecond)
            .AssertNoMoreReplies() // a fresh map already shows the empty workshop
            .Send("Compare prices")
            .RunSchedulerAfter(PastTheSecond)
            .AssertCardUpdate(card => Assert.Contains("• Compare prices — Anna Petrova", card.Texts))
            .AssertCountUpdate("Question 1/6 · 1 answer so far", "✓ Answered: Anna Petrova")
            .Then(async h => Assert.True(await RequestRedrawAsync(h)))
            .RunSchedulerAfter(PastTheSecond)
            .AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Fact]
    public async Task QuestionAndStageChange_ByTheFacilitator_RedrawTheMapWithTheNewCurrentQuestion()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .In(TestConversation.GroupChat)
            .StartTwoStageWorkshop()
            .SendLater("next")
            .AssertQuestion("Where does the customer meet us at this stage?")
            .RunSchedulerAfter(PastTheSecond)
            .AssertCardUpdate(card => Assert.Contains("1. Search · Touchpoints ◀ now", card.Texts))
            .Send("goto Purchase")
            .AssertQuestion("What is the customer's goal at this stage?", "Stage 2/2: Purchase")
            .RunSchedulerAfter(PastTheSecond)
            .AssertCardUpdate(card =>
            {
                Assert.Contains(card.Texts, text => text.StartsWith("2. Purchase", StringComparison.Ordinal) && text.EndsWith("Goal ◀ now", StringComparison.Ordinal));
                Assert.DoesNotContain(card.Texts, text => text.StartsWith("1. Search", StringComparison.Ordinal) && text.EndsWith("◀ now", StringComparison.Ordinal));
            })
            .AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Fact]
    public async Task EditAndUndo_AfterTheMapWasDrawn_EachRedrawIt()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .In(TestConversation.Channel)
            .StartTwoStageWorkshop()
            .Send("Compare prise")
            .RunSchedulerAfter(PastTheSecond)
            .AssertCardUpdate(card => Assert.Contains("• Compare prise — Anna Petrova", card.Texts))
            .Send("edit Compare prices")
            .AssertReplyContains("Your last answer now reads: “Compare prices”")
            .RunSchedulerAfter(PastTheSecond)
            .AssertCardUpdate(card =>
            {
                Assert.Contains("• Compare prices — Anna Petrova", card.Texts);
                Assert.DoesNotContain("• Compare prise — Anna Petrova", card.Texts);
            })
            .AssertCountUpdate("Question 1/6 · 1 answer so far", "✓ Answered: Anna Petrova")
            .Send("undo")
            .AssertReplyContains("Your last answer was removed")
            .RunSchedulerAfter(PastTheSecond)
            .AssertCardUpdate(card => Assert.DoesNotContain(card.Texts, t => t.StartsWith("• Compare", StringComparison.Ordinal)))
            .Send("insight People compare us with marketplaces")
            .AssertReply("💡 Insight noted.")
            .RunSchedulerAfter(PastTheSecond)
            .AssertCardUpdate(card => Assert.Contains("• People compare us with marketplaces — Anna Petrova", card.Texts))
            .AssertCountUpdate("Question 1/6 · No answers yet") // the undo, at most every 2 s
            .AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Fact]
    public async Task TwoBotInstances_AnswersThroughBoth_OneUpdatePerSecondNeverTwo()
    {
        await using var first = BotTestHost.Create(output);
        await using var second = first.AnotherInstance();
        await first.Flow().In(TestConversation.Channel).StartTwoStageWorkshop().StartTestAsync();

        for (var round = 1; round <= 3; round++)
        {
            // The load balancer spreads one second's answers over both instances.
            for (var i = 0; i < 10; i++)
            {
                var instance = i % 2 == 0 ? first : second;
                await instance.Flow().In(TestConversation.Channel).As(TenPeople[i]).Send($"Round {round}, answer {i}").StartTestAsync();
            }

            first.Time.Advance(PastTheSecond);
            var ran = await Task.WhenAll(
                first.Scheduler.RunDueJobsAsync(CancellationToken.None),
                second.Scheduler.RunDueJobsAsync(CancellationToken.None));
            Assert.Equal(1, ran.Sum());
            // The question card's count is redrawn too, in the same job, at most every 2 s: only the map's updates are counted here.
            var updates = first.Adapter.History.Where(call => call.Kind == OutboundKind.Update && call.ActivityId == MapMessageIds(first)[0]).ToList();
            Assert.Equal(round, updates.Count);
            Assert.Contains($"Goal ({round * 10})", new CardView(CardOf(updates[^1])).Texts);

            Assert.Equal(0, await second.Scheduler.RunDueJobsAsync(CancellationToken.None) + await first.Scheduler.RunDueJobsAsync(CancellationToken.None));
            first.Time.Advance(TimeSpan.FromSeconds(0.8));
        }

        Assert.Single(MapMessageIds(first));
        var questionCard = first.Adapter.History.Last(call => call.Kind == OutboundKind.Send).ActivityId;
        Assert.All(first.Adapter.History.Where(call => call.Kind == OutboundKind.Update), call => Assert.Contains(call.ActivityId, new[] { MapMessageIds(first)[0], questionCard }));
        Assert.Contains("Question 1/6 · 30 answers so far", new CardView(CardOf(first.Adapter.Messages[questionCard!])).Texts);
    }

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    public async Task MapUpdate_RefusedOnceByTheConnector_IsRetriedAndLands(HttpStatusCode refusal)
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .In(TestConversation.Channel)
            .StartTwoStageWorkshop()
            .As(TestUsers.Boris).Send("Find a delivery date")
            .As(TestUsers.Chloe).Send("Avoid registering")
            .Then(h => h.Channel.FailNextUpdate(refusal))
            .RunSchedulerAfter(PastTheSecond)
            .Then(h => Assert.Equal(1, h.Channel.RefusedUpdates))
            .AssertNoMoreReplies() // no apology in the channel: the map is simply tried again
            .RunSchedulerAfter(TimeSpan.FromSeconds(2))
            .AssertNoMoreReplies()
            .RunSchedulerAfter(TimeSpan.FromSeconds(2))
            .AssertCardUpdate(card => Assert.Contains("Goal (2)", card.Texts))
            .AssertCountUpdate("Question 1/6 · 2 answers so far", "✓ Answered: Boris Ivanov, Chloe Martin")
            .RunSchedulerAfter(TimeSpan.FromSeconds(10))
            .AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Fact]
    public async Task MapUpdate_MessageGone_IsNotRetriedUntilTheNextAnswer()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .In(TestConversation.GroupChat)
            .StartTwoStageWorkshop()
            .Send("Compare prices")
            .Then(h => h.Channel.FailNextUpdate(HttpStatusCode.NotFound))
            .RunSchedulerAfter(PastTheSecond)
            .RunSchedulerAfter(TimeSpan.FromSeconds(30))
            .AssertCountUpdate("Question 1/6 · 1 answer so far", "✓ Answered: Anna Petrova") // the question card is another message
            .AssertNoMoreReplies()
            .Then(async h => Assert.Empty(await h.Jobs.ClaimDueAsync(h.Time.GetUtcNow().AddDays(1), TimeSpan.FromMinutes(1), 10, CancellationToken.None)))
            .StartTestAsync();
    }

    [Fact]
    public async Task MapCommand_PostsAFreshMapThatBecomesTheLiveOne_TheOldOnePointsBelow()
    {
        await using var host = BotTestHost.Create(output);
        string? firstMap = null;
        await host.Flow()
            .In(TestConversation.Channel)
            .StartTwoStageWorkshop()
            .Then(h => firstMap = Assert.Single(MapMessageIds(h)))
            .Send("Compare prices")
            .Send("map")
            .AssertLiveMap()
            .RunSchedulerAfter(PastTheSecond)
            .AssertCardUpdate(card => Assert.Equal(["🗺 This map is out of date: a newer one is below ↓"], card.Texts)) // the fresh map already shows the answer
            .Then(h => Assert.Equal(firstMap, h.Adapter.History[^1].ActivityId))
            .AssertNoMoreReplies()
            .As(TestUsers.Boris)
            .Send("Check delivery")
            .RunSchedulerAfter(PastTheSecond)
            .AssertCardUpdate(card => Assert.Contains("Goal (2)", card.Texts))
            .AssertCountUpdate("Question 1/6 · 2 answers so far", "✓ Answered: Anna Petrova, Boris Ivanov")
            .AssertNoMoreReplies()
            .Then(h =>
            {
                var maps = MapMessageIds(h);
                Assert.Equal(2, maps.Count);
                Assert.DoesNotContain(h.Adapter.History, call => call.Kind == OutboundKind.Update && call.ActivityId == firstMap && CardOf(call).ToJsonString().Contains("Goal (", StringComparison.Ordinal));
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task CopiedWorkshop_HasItsOwnLiveMapMessage()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .In(TestConversation.GroupChat)
            .StartTwoStageWorkshop()
            .Send("An answer in version 1")
            .Send("copy")
            .AssertReplyContains("Copied as version 2 of the map")
            .AssertCard(card => Assert.Equal("Workshop started · v2", card.Heading))
            .AssertLiveMap("Customer journey map · v2")
            .AssertQuestion("What is the customer's goal at this stage?")
            .As(TestUsers.Boris)
            .Send("An answer in version 2")
            .RunSchedulerAfter(PastTheSecond)
            .Then(h =>
            {
                var maps = MapMessageIds(h);
                Assert.Equal(2, maps.Count);
                var updates = h.Adapter.History.Where(call => call.Kind == OutboundKind.Update).ToDictionary(call => call.ActivityId!);
                Assert.Equal(2, updates.Count);
                var version1 = new CardView(CardOf(updates[maps[0]]));
                var version2 = new CardView(CardOf(updates[maps[1]]));
                Assert.Equal("Customer journey map", version1.Heading);
                Assert.Contains("• An answer in version 1 — Anna Petrova", version1.Texts);
                Assert.Equal("Customer journey map · v2", version2.Heading);
                Assert.Contains("• An answer in version 2 — Boris Ivanov", version2.Texts);
                Assert.DoesNotContain("• An answer in version 1 — Anna Petrova", version2.Texts);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task GroupConversation_RefusedAnswers_AreStillAnswered()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .In(TestConversation.Channel)
            .StartTwoStageWorkshop()
            .As(TestUsers.Boris)
            .Send(new string('x', 2001))
            .AssertReplyContains("Your answer has 2,001 characters; the limit is 2,000. Nothing was recorded")
            .As(TestUsers.Anna)
            .SendLater("next").AssertQuestion("Where does the customer meet us at this stage?")
            .SendLater("next").AssertQuestion("What does the customer feel here?")
            .As(TestUsers.Boris)
            .Send("+5 ecstatic")
            .AssertCard(card => Assert.Equal(["The score must be from -2 to +2. Nothing was recorded.", "Which score goes with your answer?", "“ecstatic”"], card.Texts))
            .Send("-1 confused")
            .AssertNoMoreReplies()
            .As(TestUsers.Anna)
            .Send("pause").AssertReplyContains("Workshop paused")
            .As(TestUsers.Boris)
            .Send("An answer during the pause")
            .AssertReplyContains("The workshop is paused, so your answer was not recorded.")
            .StartTestAsync();
    }

    [Fact]
    public async Task PersonalChat_TypedAnswer_StillGetsItsShortAcknowledgement()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .StartTwoStageWorkshop()
            .Send("Compare prices")
            .AssertReply("✓ Recorded: Goal · Search")
            .AssertQuestion("Where does the customer meet us at this stage?") // alone in a personal chat: the answer moves on
            .RunSchedulerAfter(PastTheSecond)
            .AssertCardUpdate(card => Assert.Contains("• Compare prices — Anna Petrova", card.Texts))
            .StartTestAsync();
    }

    /// <summary>Asks for a redraw the way a recorded contribution does, without contributing anything.</summary>
    private static async Task<bool> RequestRedrawAsync(BotTestHost host)
    {
        var workshop = await WorkshopFlowTests.LoadAsync(host, TestConversation.GroupChat);
        return await new MapRenderSchedule(host.Jobs, host.Time).RequestAsync(workshop.Frame.Id, CancellationToken.None);
    }

    /// <summary>The ids of the map messages the bot posted, oldest first.</summary>
    private static List<string> MapMessageIds(BotTestHost host) => host.Adapter.History
        .Where(call => call.Kind == OutboundKind.Send && call.Activity?.Attachments is { Count: > 0 }
            && new CardView(CardOf(call)).Heading.StartsWith("Customer journey map", StringComparison.Ordinal))
        .Select(call => call.ActivityId!)
        .ToList();

    private static JsonObject CardOf(OutboundCall call) => CardOf(call.Activity!);

    private static JsonObject CardOf(Activity activity) =>
        (JsonObject)activity.Attachments!.Single(a => a.ContentType == Attachment.AdaptiveCardContentType).Content!;
}
