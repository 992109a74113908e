using CjmBot.Workshops;
using System.Text.Json;
using System.Text.Json.Nodes;
using CjmBot.Bot.LiveMap;
using CjmBot.Protocol.Schema;
using CjmBot.Protocol.Serialization;
using CjmBot.Testing;
using CjmBot.Workshops.Contributions;
using CjmBot.Workshops.Progress;
using Xunit;
using Xunit.Abstractions;

namespace CjmBot.UnitTests.Bot.Workshops;

/// <summary>
/// What the one door (the application's gate and the repository's write door) keeps safe, told as the conversations in
/// which each defect showed: forged card actions, concurrent starts, redeliveries, answers ahead of the session,
/// messages not meant for the bot, and edits.
/// </summary>
public sealed class OneDoorTests(ITestOutputHelper output)
{
    private static readonly TestConversation Group = TestConversation.GroupChat;

    [Theory]
    [InlineData("help.language", """{"language":"ru"}""")]
    [InlineData("workshop.cancelSetup", "{}")]
    public async Task ReplacingVerb_SubmittedWithTheLiveMapsId_IsRefusedAndTheMapStays(string verb, string data)
    {
        await using var host = BotTestHost.Create(output);
        string? mapId = null;
        await host.Flow()
            .In(Group)
            .StartTwoStageWorkshop()
            .Then(async h => mapId = await LiveMapIdAsync(h))
            .As(TestUsers.Boris)
            .Send(SubmitActivity(verb, data, () => mapId!))
            .AssertReply("This card is out of date: the workshop has moved on. Use the newest question card.")
            .AssertNoMoreReplies()
            .Then(h => Assert.StartsWith("Customer journey map", new CardView(CardOf(h.Channel.Messages[mapId!])).Heading, StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task DeleteCancel_SubmittedByTheFacilitatorWithTheLiveMapsId_IsRefusedAndTheMapStays()
    {
        await using var host = BotTestHost.Create(output);
        string? mapId = null;
        string? workshopId = null;
        await host.Flow()
            .In(Group)
            .StartTwoStageWorkshop()
            .Then(async h =>
            {
                mapId = await LiveMapIdAsync(h);
                workshopId = (await WorkshopFlowTests.LoadAsync(h, Group)).Frame.Id;
            })
            .Send(SubmitActivity("workshop.delete.cancel", "{}", () => mapId!, () => workshopId!))
            .AssertReplyContains("This confirmation is out of date")
            .AssertNoMoreReplies()
            .Then(h => Assert.StartsWith("Customer journey map", new CardView(CardOf(h.Channel.Messages[mapId!])).Heading, StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task SetupForm_CancelledBySomeoneElse_IsRefusedAndTheFormStays()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .In(Group)
            .Send("new")
            .AssertCard(card => Assert.Equal("New customer journey map", card.Heading))
            .As(TestUsers.Boris)
            .ClickAsSubmit("Cancel")
            .AssertReply("This card was opened by someone else; type `new` for a form of your own.")
            .AssertNoMoreReplies()
            .As(TestUsers.Anna)
            .ClickAsSubmit("Cancel")
            .AssertCardUpdate(card => Assert.Contains("cancelled", card.Heading, StringComparison.OrdinalIgnoreCase))
            .StartTestAsync();
    }

    [Fact]
    public async Task StartWorkshop_PressedByFivePeopleAtOnce_StartsOneWorkshop()
    {
        await using var host = BotTestHost.Create(output);
        var flow = host.Flow();
        await flow
            .In(Group)
            .Send("new")
            .AssertCard(card => Assert.Equal("New customer journey map", card.Heading))
            .ClickTogether("Start workshop", [TestUsers.Anna, TestUsers.Boris, TestUsers.Chloe, TestUsers.Anna, TestUsers.Boris], deliveries: 1, Form())
            .Then(async h =>
            {
                var all = await h.Workshops.ListWorkshopIdsAsync(Group.Id, CancellationToken.None);
                Assert.Single(all);
                Assert.Equal(4, flow.LastInvokes.Count(answer => answer!.Body!.ToJsonString().Contains("already running", StringComparison.Ordinal)));
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task StartWorkshop_OneClickDeliveredTwiceAtOnce_StartsOneWorkshopAndPostsItOnce()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .In(Group)
            .Send("new")
            .AssertCard(card => Assert.Equal("New customer journey map", card.Heading))
            .ClickTogether("Start workshop", [TestUsers.Anna], deliveries: 2, Form())
            .Then(async h =>
            {
                Assert.Single(await h.Workshops.ListWorkshopIdsAsync(Group.Id, CancellationToken.None));
                Assert.Equal(1, h.Channel.History.Count(call => call.Kind == OutboundKind.Send && CardOf(call.Activity!) is { } card
                    && new CardView(card).Heading.StartsWith("Customer journey map", StringComparison.Ordinal)));
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Next_TenDeliveredTwiceAtOnce_MovesTenQuestions()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .StartTwoStageWorkshop()
            .Then(h => h.Time.Advance(TimeSpan.FromMinutes(1)))
            .SendTogether([.. Enumerable.Repeat("next", 10)], deliveries: 2)
            .Then(async h =>
            {
                var progress = (await WorkshopFlowTests.LoadAsync(h)).Progress;

                // Ten of the twenty are the second copies, refused by the door; of the ten moves the repeat guard may hold some back.
                Assert.InRange(progress.Revision - 1, 1, 10);
                Assert.Equal(progress.Revision - 1, progress.Position.Stage * 6 + progress.Position.Question);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task CardAnswer_SubmittedTwice_IsRecordedAndConfirmedOnce()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .In(Group)
            .StartTwoStageWorkshop()
            .ClickAsSubmit("Send answer", ("answer", "Compare delivery prices"))
            .AssertReply("✓ Recorded: Goal · Search")
            .Redeliver()
            .AssertNoMoreReplies()
            .Then(async h => Assert.Single((await WorkshopFlowTests.LoadAsync(h, Group)).Answers))
            .StartTestAsync();
    }

    [Fact]
    public async Task CardAnswer_ForAQuestionNotAskedYet_IsRefusedAndNotStored()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .In(Group)
            .StartTwoStageWorkshop()
            .Click("Send answer", ("stage", "1"), ("question", "Channels"), ("answer", "Forged ahead"))
            .AssertInvokeMessage("That question has not been asked yet: answer it when the session gets there.")
            .Then(async h => Assert.Empty((await WorkshopFlowTests.LoadAsync(h, Group)).Answers))
            .StartTestAsync();
    }

    [Fact]
    public async Task CardAnswer_ForAQuestionAskedEarlier_IsStoredThere()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .In(Group)
            .StartTwoStageWorkshop()
            .SendLater("next")
            .AssertQuestion("Where does the customer meet us at this stage?")
            .SendLater("back")
            .AssertQuestion("What is the customer's goal at this stage?")
            .Click("Send answer", ("question", "Touchpoints"), ("answer", "Price comparison sites"))
            .AssertInvokeCard(card => Assert.Contains(card.Texts, text => text.Contains("✓ Recorded: Touchpoints · Search", StringComparison.Ordinal)))
            .Then(async h => Assert.Equal(CjmBot.Workshops.Questions.QuestionKey.Touchpoints, Assert.Single((await WorkshopFlowTests.LoadAsync(h, Group)).Answers).Question))
            .StartTestAsync();
    }

    [Fact]
    public async Task MessageWithoutMention_OutsideAWorkshop_IsIgnoredSilently()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .In(Group)
            .Send(new Activity { Text = "lunch at 12?" })
            .AssertNoMoreReplies()
            .Send(new Activity { Text = "help" })
            .AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Fact]
    public async Task MessageWithoutMention_WhileTheSessionRuns_IsAnAnswerButNeverACommand()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .In(Group)
            .StartTwoStageWorkshop()
            .As(TestUsers.Boris)
            .Send(new Activity { Text = "Compare delivery prices" })
            .AssertNoMoreReplies()
            .As(TestUsers.Anna)
            .Send(new Activity { Text = "next" })
            .AssertNoMoreReplies()
            .Then(async h =>
            {
                var workshop = await WorkshopFlowTests.LoadAsync(h, Group);
                Assert.Equal("Compare delivery prices", Assert.Single(workshop.Answers).Text);
                Assert.Equal(new Position(0, 0, 0), workshop.Progress.Position);
            })
            .Send("pause")
            .AssertReplyContains("paused")
            .Send(new Activity { Text = "A thought while paused" })
            .AssertNoMoreReplies()
            .Then(async h => Assert.Single((await WorkshopFlowTests.LoadAsync(h, Group)).Answers))
            .StartTestAsync();
    }

    [Fact]
    public async Task MessageWithoutMention_InAnotherThreadOfTheChannel_IsIgnored()
    {
        await using var host = BotTestHost.Create(output);
        var otherThread = new ConversationAccount
        {
            Id = "19:cjm-workshops@thread.tacv2;messageid=1795350000000",
            ConversationType = ConversationTypes.Channel,
            TenantId = TestUsers.TenantId,
            IsGroup = true,
        };
        await host.Flow()
            .In(TestConversation.Channel)
            .StartTwoStageWorkshop()
            .Send(new Activity { Text = "An answer in the workshop's thread" })
            .Send(new Activity { Text = "Who has the printer key?", Conversation = otherThread })
            .AssertNoMoreReplies()
            .Then(async h => Assert.Equal("An answer in the workshop's thread", Assert.Single((await WorkshopFlowTests.LoadAsync(h, TestConversation.Channel)).Answers).Text))
            .StartTestAsync();
    }

    [Fact]
    public async Task Edit_OfAnEmotionsAnswer_IsReadLikeTheAnswerItReplaces()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .StartTwoStageWorkshop()
            .SendLater("next")
            .AssertQuestion("Where does the customer meet us at this stage?")
            .SendLater("next")
            .AssertQuestion("What does the customer feel here?")
            .Send("-2 Angry about fees #reviews")
            .AssertReply("✓ Recorded: Emotions · Search")
            .AssertQuestion("What stops or frustrates the customer?") // alone in a personal chat: the answer moves on
            .Send("edit -1 Annoyed #tickets")
            .AssertReply("✏️ Your last answer now reads: “Annoyed”")
            .Send("edit +5 Delighted")
            .AssertReply("The score must be from -2 to +2. Nothing was recorded.")
            .Then(async h =>
            {
                var answer = Assert.Single((await WorkshopFlowTests.LoadAsync(h)).Answers);
                Assert.Equal("Annoyed", answer.Text);
                Assert.Equal(-1, answer.Score);
                Assert.Equal(EvidenceSource.SupportTickets, answer.Source);
                Assert.True(answer.Edited);
            })
            .StartTestAsync();
    }

    private static (string, string)[] Form() =>
    [
        ("title", "Checkout journey"), ("product", "Online store"), ("goal", "Find why people abandon checkout"), ("mapType", "CurrentState"),
        ("template", "Custom"), ("customStages", "Search, Purchase"), ("segments", "Small shop owner"), ("kpi", "false"), ("anonymous", "false"),
        ("timebox", ""), ("language", "en"),
    ];

    private static async Task<string> LiveMapIdAsync(BotTestHost host)
    {
        var workshop = await WorkshopFlowTests.LoadAsync(host, Group);
        var live = LiveMaps.Read(await host.Workshops.ReadStateAsync(workshop.Frame.Id, LiveMaps.StateName, CancellationToken.None));
        return live?.State.MessageId ?? throw new InvalidOperationException("No live map.");
    }

    /// <summary>An <c>Action.Submit</c> as a client sends it, with any verb and data and any message id as the card's.</summary>
    private static Func<Activity> SubmitActivity(string verb, string data, Func<string> replyToId, Func<string>? workshopId = null) => () =>
    {
        var value = JsonNode.Parse(data)!.AsObject();
        value["verb"] = verb;
        if (workshopId is not null)
        {
            value["workshopId"] = workshopId();
        }

        return new Activity
        {
            Type = ActivityTypes.Message,
            Value = JsonSerializer.SerializeToElement(value, ProtocolJson.TypeInfo<JsonObject>()),
            ReplyToId = replyToId(),
        };
    };

    private static JsonObject CardOf(Activity activity) =>
        (JsonObject)activity.Attachments!.First(a => a.ContentType == Attachment.AdaptiveCardContentType).Content!;
}
