using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using CjmBot.Protocol.Schema;
using CjmBot.Protocol.Serialization;
using CjmBot.Testing;
using CjmBot.UnitTests.Bot.Workshops;
using CjmBot.Workshops;
using CjmBot.Workshops.Async;
using Xunit;
using Xunit.Abstractions;

namespace CjmBot.UnitTests.Bot.Async;

/// <summary>
/// People who cannot attend the live session answer in their own personal chat, at their own pace, before a deadline.
/// A channel workshop "Checkout journey" with two stages (Search, Purchase) and one segment: 12 questions per person.
/// </summary>
public sealed class AsyncContributorTests(ITestOutputHelper output)
{
    private const string Goal = "What is the customer's goal at this stage?";
    private const string Touchpoints = "Where does the customer meet us at this stage?";
    private const string Emotions = "What does the customer feel here?";
    private const string Barriers = "What stops or frustrates the customer?";

    private static readonly string[] Prompts =
        [Goal, Touchpoints, Emotions, Barriers, "What would remove these barriers?", "Which channels can reach the customer here?"];

    private static readonly TestConversation BorisChat = TestConversation.PersonalWith(TestUsers.Boris);
    private static readonly TestConversation ChloeChat = TestConversation.PersonalWith(TestUsers.Chloe);

    [Fact]
    public async Task Invite_Sequence_Reminder_Deadline_AnswersLandOnTheSharedMapAndFireOnce()
    {
        await using var host = BotTestHost.Create(output);
        var flow = host.Flow()
            .In(TestConversation.Channel)
            .StartTwoStageWorkshop()
            .Send("deadline 48h")
            .AssertReplyContains("Deadline for personal-chat answers: 2026-11-25 09:00 UTC.")
            .Invite(TestUsers.Boris)
            .AssertInvitation(TestUsers.Boris, card =>
            {
                Assert.Contains("Anna Petrova asks for what you know about our customers, for the journey map “Checkout journey”.", card.AllText, StringComparison.Ordinal);
                Assert.Contains("12 short questions about: 1. Search, 2. Purchase.", card.AllText, StringComparison.Ordinal);
                Assert.Contains("Please answer by 2026-11-25 09:00 UTC.", card.Texts);
            })
            .AssertReply("✉ Invited in their personal chat: Boris Ivanov.")
            .AssertNoMoreReplies()

            // Boris starts in his personal chat: answer, skip, back, answer, answer with a score, later.
            .As(TestUsers.Boris).In(BorisChat)
            .Click("Start")
            .AssertInvokeMessage("✓")
            .AssertAsyncQuestion(1, 12, Goal, "Stage 1/2: Search")
            .Send("Find a cheap plan fast")
            .AssertReply("✓ Recorded: Goal · Search")
            .AssertAsyncQuestion(2, 12, Touchpoints)
            .SendLater("skip")
            .AssertAsyncQuestion(3, 12, Emotions)
            .SendLater("back")
            .AssertAsyncQuestion(2, 12, Touchpoints)
            .Send("Price comparison sites")
            .AssertReply("✓ Recorded: Touchpoints · Search")
            .AssertAsyncQuestion(3, 12, Emotions)
            .Send("-1 Confused by the plans")
            .AssertReply("✓ Recorded: Emotions · Search")
            .AssertAsyncQuestion(4, 12, Barriers)
            .Send("later")
            .AssertReply("Saved. Press **Start** on the invitation when you want to go on.")
            .Send("this is no answer any more")
            .AssertReplyContains("Sorry, I didn't get that.")
            .AssertNoMoreReplies()
            .Then(async h =>
            {
                var workshop = await WorkshopFlowTests.LoadAsync(h, TestConversation.Channel);
                Assert.Equal(["Find a cheap plan fast", "Price comparison sites", "Confused by the plans"], workshop.Answers.Select(a => a.Text).ToArray());
                Assert.All(workshop.Answers, answer => Assert.True(answer.IsAsync));
                Assert.All(workshop.Answers, answer => Assert.Equal(TestUsers.Boris.Id, answer.Author.Id));
                Assert.Equal(-1, workshop.Answers[2].Score);
            })

            // The channel's live map shows them, marked as given in a personal chat.
            .RunScheduler(TimeSpan.FromSeconds(2))
            .AssertCardUpdate(map => Assert.Contains("• Find a cheap plan fast — Boris Ivanov · in personal chat", map.Texts))
            .AssertCountUpdate("Question 1/6 · 1 answer so far", "✓ Answered: Boris Ivanov")

            // 24 h before the deadline: a private reminder with what is still open.
            .RunScheduler(TimeSpan.FromHours(24) - TimeSpan.FromSeconds(2), expectedJobs: 1)
            .AssertCardIn(BorisChat, card =>
            {
                Assert.Equal("Reminder: your answers are still missing", card.Heading);
                Assert.Contains("9 short questions about: 1. Search, 2. Purchase.", card.AllText, StringComparison.Ordinal);
            })
            .AssertNoMoreReplies()
            .Click("Start")
            .AssertInvokeMessage("✓")
            .AssertAsyncQuestion(4, 12, Barriers);

        for (var number = 4; number <= 12; number++)
        {
            flow.Send((number == 9 ? "+1 " : "") + $"Answer number {number}").AssertReplyContains("✓ Recorded"); // 9: the emotions question of Purchase
            if (number < 12)
            {
                flow.AssertCard(card => Assert.StartsWith("Checkout journey · question", card.Texts[0], StringComparison.Ordinal));
            }
        }

        await flow
            .AssertReply(summary =>
            {
                Assert.StartsWith("Thank you! You gave 12 answers to “Checkout journey”:", summary.Text, StringComparison.Ordinal);
                Assert.Contains("- 1. Search · Goal: Find a cheap plan fast", summary.Text, StringComparison.Ordinal);
                Assert.Contains("- 2. Purchase · Channels: Answer number 12", summary.Text, StringComparison.Ordinal);
            })
            .AssertNoMoreReplies()
            .Then(async h => Assert.Equal(InvitationState.Finished, (await InvitationAsync(h, TestUsers.Boris))!.State))

            // The 1 h reminder is not sent to someone who finished; the deadline closes the window, once.
            .RunScheduler(TimeSpan.FromHours(23), expectedJobs: 1)
            .AssertCardUpdate(map => Assert.Contains("• Answer number 12 — Boris Ivanov · in personal chat", map.Texts))
            .AssertNoMoreReplies()
            .RunScheduler(TimeSpan.FromHours(1), expectedJobs: 1)
            .AssertReplyIn(TestConversation.Channel, "⏰ The time for personal-chat answers to **Checkout journey** is over: 1 of 1 finished.")
            .RunScheduler(TimeSpan.FromHours(1), expectedJobs: 0)
            .As(TestUsers.Anna).In(TestConversation.Channel)
            .Send("status")
            .AssertReply(status =>
            {
                Assert.Contains("Personal-chat contributors: deadline 2026-11-25 09:00 UTC, closed", status.Text, StringComparison.Ordinal);
                Assert.Contains("- Boris Ivanov — finished (12 answers)", status.Text, StringComparison.Ordinal);
            })
            .AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Fact]
    public async Task AfterTheDeadline_AnswersTypedOrFromTheCard_AreRefusedAndNotRecorded()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .In(TestConversation.Channel)
            .StartTwoStageWorkshop()
            .Send("deadline 1h")
            .AssertReplyContains("Deadline for personal-chat answers: 2026-11-23 10:00 UTC.")
            .Invite(TestUsers.Boris)
            .AssertInvitation(TestUsers.Boris)
            .AssertReplyContains("✉ Invited")
            .As(TestUsers.Boris).In(BorisChat)
            .Click("Start")
            .AssertInvokeMessage("✓")
            .AssertAsyncQuestion(1, 12, Goal)
            .RunScheduler(TimeSpan.FromHours(1), expectedJobs: 1)
            .AssertReplyIn(TestConversation.Channel, "is over: 0 of 1 finished.")
            .Send("A late answer")
            .AssertReply("The time for answers to “Checkout journey” is over; thank you all the same.")
            .Click("Send", ("answer", "Another late answer"))
            .AssertInvokeMessage("✓")
            .AssertReplyContains("The time for answers to “Checkout journey” is over")
            .AssertNoMoreReplies()
            .Then(async h => Assert.Empty((await WorkshopFlowTests.LoadAsync(h, TestConversation.Channel)).Answers))
            .StartTestAsync();
    }

    [Fact]
    public async Task SequenceSavedByTheEarlierDialogFormat_GoesOnWhereThePersonWas()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .In(TestConversation.Channel)
            .StartTwoStageWorkshop()
            .Invite(TestUsers.Boris)
            .AssertInvitation(TestUsers.Boris)
            .AssertReplyContains("✉ Invited")
            .As(TestUsers.Boris).In(BorisChat)
            .Click("Start")
            .AssertInvokeMessage("✓")
            .AssertAsyncQuestion(1, 12, Goal)
            .Send("Find a cheap plan fast")
            .AssertReply("✓ Recorded: Goal · Search")
            .AssertAsyncQuestion(2, 12, Touchpoints)
            .Then(async h =>
            {
                // Rewrite Boris's saved position as the format-1 engine stored it: options inside the frame's state.
                var workshopId = (await WorkshopFlowTests.LoadAsync(h, TestConversation.Channel)).Frame.Id;
                var name = CjmBot.Bot.Async.AsyncSequences.StateName(TestUsers.Boris.Id);
                var saved = (await h.Workshops.ReadStateAsync(workshopId, name, CancellationToken.None))!;
                var frame = JsonNode.Parse(saved.Json)!["stack"]![0]!;
                Assert.Equal(1, frame["state"]!["index"]!.GetValue<int>());
                var formatOne = new JsonObject
                {
                    ["format"] = 1,
                    ["stack"] = new JsonArray(new JsonObject
                    {
                        ["dialogId"] = frame["dialogId"]!.DeepClone(),
                        ["version"] = frame["version"]!.DeepClone(),
                        ["state"] = new JsonObject { ["options"] = frame["options"]!.DeepClone(), ["index"] = 1 },
                    }),
                };
                await h.Workshops.WriteStateAsync(workshopId, name, formatOne.ToJsonString(), saved.ETag, CancellationToken.None);
            })
            .Send("Price comparison sites")
            .AssertReply("✓ Recorded: Touchpoints · Search")
            .AssertAsyncQuestion(3, 12, Emotions)
            .AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Fact]
    public async Task DeletingTheWorkshop_RemovesInvitationsRolesWindowAndTheInvitedPersonsSequence()
    {
        await using var host = BotTestHost.Create(output);
        string? workshopId = null;
        await host.Flow()
            .In(TestConversation.Channel)
            .StartTwoStageWorkshop()
            .Then(async h => workshopId = (await WorkshopFlowTests.LoadAsync(h, TestConversation.Channel)).Frame.Id)
            .Send("role support: 2")
            .AssertReplyContains("support")
            .Send("deadline 1h")
            .AssertReplyContains("Deadline for personal-chat answers")
            .Invite(TestUsers.Boris)
            .AssertInvitation(TestUsers.Boris)
            .AssertReplyContains("✉ Invited")
            .As(TestUsers.Boris).In(BorisChat)
            .Click("Start")
            .AssertInvokeMessage("✓")
            .AssertAsyncQuestion(1, 12, Goal)
            .As(TestUsers.Anna).In(TestConversation.Channel)
            .Send("delete")
            .AssertCard(card => Assert.Contains("Delete the workshop", card.Heading, StringComparison.Ordinal))
            .Click("Delete for good")
            .AssertInvokeCard(card =>
            {
                Assert.Contains("- invitations to answer in a personal chat: 1", card.Heading, StringComparison.Ordinal);
                Assert.Contains("- role assignments: 1", card.Heading, StringComparison.Ordinal);
                Assert.Contains("- personal-chat answering window: 1", card.Heading, StringComparison.Ordinal);
            })
            .AssertMessageDeleted()
            .AssertNoMoreReplies()
            .Then(async h =>
            {
                Assert.Null(await h.Workshops.ReadStateAsync(workshopId!, CjmBot.Bot.Async.AsyncSequences.StateName(TestUsers.Boris.Id), CancellationToken.None));
                Assert.Null(await new CjmBot.Bot.Async.AsyncSequenceCursor(h.State).CurrentAsync(TestUsers.Boris.Id, CancellationToken.None));
                Assert.Empty(await h.Workshops.ListInvitationsAsync(workshopId!, CancellationToken.None));
                Assert.Empty(await h.Jobs.ClaimDueAsync(h.Time.GetUtcNow().AddDays(3), TimeSpan.FromMinutes(1), 100, CancellationToken.None));
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task RoleRouting_SupportIsAskedOnlyAboutItsStages_OthersAboutAll()
    {
        await using var host = BotTestHost.Create(output);
        var flow = host.Flow()
            .In(TestConversation.Channel)
            .StartTwoStageWorkshop()
            .InviteAs("support", TestUsers.Chloe)
            .AssertReplyContains("There is no role **support** yet")
            .Send("role support: Purch")
            .AssertReply("Role **support** is asked about: 2. Purchase.")
            .Send("role sales: 9")
            .AssertReply("There is no such stage. Stages: 1. Search, 2. Purchase.")
            .InviteAs("support", TestUsers.Chloe)
            .AssertInvitation(TestUsers.Chloe, card => Assert.Contains("6 short questions about: 2. Purchase.", card.AllText, StringComparison.Ordinal))
            .AssertReply("✉ Invited in their personal chat: Chloe Martin.")
            .Invite(TestUsers.Boris)
            .AssertInvitation(TestUsers.Boris, card => Assert.Contains("12 short questions about: 1. Search, 2. Purchase.", card.AllText, StringComparison.Ordinal))
            .AssertReply("✉ Invited in their personal chat: Boris Ivanov.")
            .As(TestUsers.Chloe).In(ChloeChat)
            .Click("Start")
            .AssertInvokeMessage("✓");
        for (var number = 1; number <= 6; number++)
        {
            flow.AssertAsyncQuestion(number, 6, Prompts[number - 1], "Stage 2/2: Purchase")
                .SendLater("skip");
        }

        await flow
            .AssertReply("Thank you! You skipped every question of “Checkout journey”.")
            .Then(async h => Assert.Equal("support", (await InvitationAsync(h, TestUsers.Chloe))!.Role))
            .StartTestAsync();
    }

    [Fact]
    public async Task UninstalledMember_IsReportedToTheFacilitator_ShownInStatus_AndNeverReminded()
    {
        await using var host = BotTestHost.Create(output);
        host.Channel.NotInstalled[TestUsers.Chloe.Id] = HttpStatusCode.Forbidden;
        await host.Flow()
            .In(TestConversation.Channel)
            .StartTwoStageWorkshop()
            .Send("deadline 2h")
            .AssertReplyContains("Deadline for personal-chat answers: 2026-11-23 11:00 UTC.")
            .Invite(TestUsers.Boris, TestUsers.Chloe)
            .AssertInvitation(TestUsers.Boris)
            .AssertReply(report =>
            {
                Assert.Contains("✉ Invited in their personal chat: Boris Ivanov.", report.Text, StringComparison.Ordinal);
                Assert.Contains("⚠ Could not reach Chloe Martin: the app is not installed for them.", report.Text, StringComparison.Ordinal);
            })
            .AssertNoMoreReplies()
            .Send("status")
            .AssertReply(status =>
            {
                Assert.Contains("- Boris Ivanov — not finished yet (0 answers)", status.Text, StringComparison.Ordinal);
                Assert.Contains("- Chloe Martin — app not installed", status.Text, StringComparison.Ordinal);
            })
            .RunScheduler(TimeSpan.FromHours(1), expectedJobs: 1)
            .AssertCardIn(BorisChat, card => Assert.Equal("Reminder: your answers are still missing", card.Heading))
            .AssertNoMoreReplies()
            .RunScheduler(TimeSpan.FromHours(1), expectedJobs: 1)
            .AssertReplyIn(TestConversation.Channel, "is over: 0 of 1 finished.")
            .AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Fact]
    public async Task Anonymity_HidesWhoAnsweredOnTheMapAndAnswerCountsInStatus()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .In(TestConversation.Channel)
            .StartTwoStageWorkshop(anonymous: "true")
            .Invite(TestUsers.Boris)
            .AssertInvitation(TestUsers.Boris)
            .AssertReplyContains("✉ Invited")
            .As(TestUsers.Boris).In(BorisChat)
            .Click("Start")
            .AssertInvokeMessage("✓")
            .AssertAsyncQuestion(1, 12, Goal)
            .Send("A secret pain")
            .AssertReplyContains("✓ Recorded")
            .AssertAsyncQuestion(2, 12, Touchpoints)
            .RunScheduler(TimeSpan.FromSeconds(2))
            .AssertCardUpdate(map =>
            {
                Assert.Contains("• A secret pain — anonymous · in personal chat", map.Texts);
                Assert.DoesNotContain("Boris", map.AllText, StringComparison.Ordinal);
            })
            .AssertCountUpdate("Question 1/6 · 1 answer so far") // anonymous: counted, nobody named
            .As(TestUsers.Anna).In(TestConversation.Channel)
            .Send("status")
            .AssertReply(status =>
            {
                Assert.Contains("- Boris Ivanov — not finished yet", status.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("answer", status.Text!.Split("Personal-chat contributors:")[1], StringComparison.Ordinal);
                Assert.DoesNotContain("secret", status.Text, StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task CardNamingAnotherWorkshop_OrSomeoneElsesInvitation_IsRefusedAndWritesNothing()
    {
        await using var host = BotTestHost.Create(output);
        string? otherWorkshop = null;
        await host.Flow()
            .In(TestConversation.GroupChat)
            .StartTwoStageWorkshop()
            .Then(async h => otherWorkshop = await h.Workshops.GetActiveWorkshopIdAsync(TestConversation.GroupChat.Id, CancellationToken.None))
            .In(TestConversation.Channel)
            .StartTwoStageWorkshop()
            .Invite(TestUsers.Boris)
            .AssertInvitation(TestUsers.Boris)
            .AssertReplyContains("✉ Invited")
            .Then(async h =>
            {
                // Boris's own card, its workshop id forged to name a workshop he was never invited to.
                var response = await h.Adapter.ProcessActivityAsync(ForgedStart(otherWorkshop!), h.Bot, CancellationToken.None);
                Assert.Contains("This is not your invitation", response!.Body!.ToJsonString(), StringComparison.Ordinal);
                Assert.Null(await h.Workshops.ReadStateAsync(otherWorkshop!, CjmBot.Bot.Async.AsyncSequences.StateName(TestUsers.Boris.Id), CancellationToken.None));
            })
            .AssertNoMoreReplies()

            // Chloe was not invited: Boris's invitation, clicked in her chat, does nothing either.
            .As(TestUsers.Chloe).In(ChloeChat)
            .Click("Start")
            .AssertInvokeMessage("This is not your invitation")
            .AssertNoMoreReplies()
            .Then(async h => Assert.Empty((await WorkshopFlowTests.LoadAsync(h, TestConversation.GroupChat)).Answers))
            .StartTestAsync();
    }

    [Fact]
    public async Task InviteAll_ReadsEveryPageOfTheRoster_AndSkipsTheBotAndTheFacilitators()
    {
        await using var host = BotTestHost.Create(output);
        host.Channel.RosterPageSize = 2;
        host.Channel.Rosters[TestConversation.Channel.Id] =
        [
            Member(TestUsers.Anna), Member(TestUsers.Boris),
            new TeamsChannelAccount { Id = TestUsers.Bot.Id, Name = TestUsers.Bot.Name }, Member(TestUsers.Chloe),
        ];
        await host.Flow()
            .In(TestConversation.Channel)
            .StartTwoStageWorkshop()
            .Send("invite all")
            .AssertInvitation(TestUsers.Boris)
            .AssertInvitation(TestUsers.Chloe)
            .AssertReply("✉ Invited in their personal chat: Boris Ivanov, Chloe Martin.")
            .AssertNoMoreReplies()
            .Then(h => Assert.Equal(2, h.Channel.RosterPagesRead))
            .Send("пригласить всех")
            .AssertInvitation(TestUsers.Boris)
            .AssertInvitation(TestUsers.Chloe)
            .AssertReplyContains("✉ Invited")
            .StartTestAsync();
    }

    [Fact]
    public async Task OwnLiveWorkshopInThePersonalChat_IsNotConfusedWithTheSequence()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            // Boris runs a workshop of his own in his personal chat.
            .As(TestUsers.Boris).In(BorisChat)
            .Send("new")
            .AssertCard(card => Assert.Equal("New customer journey map", card.Heading))
            .Click("Start workshop", ("title", "Own map"), ("product", "P"), ("goal", "G"), ("template", "Custom"),
                ("customStages", "Only, Second"), ("segments", "Someone"), ("language", "en"))
            .AssertInvokeCard(card => Assert.Equal("Workshop started", card.Heading))
            .AssertLiveMap()
            .AssertQuestion(Goal)

            // Anna invites him to the channel's workshop.
            .As(TestUsers.Anna).In(TestConversation.Channel)
            .StartTwoStageWorkshop()
            .Invite(TestUsers.Boris)
            .AssertInvitation(TestUsers.Boris)
            .KeepCard("invitation")
            .AssertReplyContains("✉ Invited")

            // Until he presses Start, what he types belongs to his own live workshop; in the sequence, to the channel's.
            .As(TestUsers.Boris).In(BorisChat)
            .Send("For my own map")
            .AssertReply("✓ Recorded: Goal · Only")
            .AssertQuestion(Touchpoints) // alone in his personal chat: his answer moves his own workshop on
            .UseCard("invitation")
            .Click("Start")
            .AssertInvokeMessage("✓")
            .AssertAsyncQuestion(1, 12, Goal)
            .Send("For the channel's map")
            .AssertReply("✓ Recorded: Goal · Search")
            .AssertAsyncQuestion(2, 12, Touchpoints)
            .Send("later")
            .AssertReplyContains("Saved.")
            .Send("Again for my own map")
            .AssertReply("✓ Recorded: Touchpoints · Only")
            .AssertQuestion("What does the customer feel here?")
            .AssertNoMoreReplies()
            .Then(async h =>
            {
                var own = await WorkshopFlowTests.LoadAsync(h, BorisChat);
                Assert.Equal(["For my own map", "Again for my own map"], own.Answers.Select(a => a.Text).ToArray());
                Assert.All(own.Answers, answer => Assert.False(answer.IsAsync));
                var channel = await WorkshopFlowTests.LoadAsync(h, TestConversation.Channel);
                Assert.Equal("For the channel's map", Assert.Single(channel.Answers).Text);
                Assert.True(channel.Answers[0].IsAsync);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task SequencesOfTwoWorkshops_EachCardNamesItsWorkshop_AndAnswersLandInTheRightOne()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .In(TestConversation.GroupChat)
            .Send("new")
            .AssertCard(card => Assert.Equal("New customer journey map", card.Heading))
            .Click("Start workshop", ("title", "Onboarding journey"), ("product", "App"), ("goal", "G"), ("template", "Custom"),
                ("customStages", "Trial, Renewal"), ("segments", "Team lead: 10 people"), ("language", "en"))
            .AssertInvokeCard(card => Assert.Equal("Workshop started", card.Heading))
            .AssertLiveMap()
            .AssertQuestion(Goal)
            .Invite(TestUsers.Boris)
            .AssertInvitation(TestUsers.Boris, card => Assert.Contains("“Onboarding journey”", card.AllText, StringComparison.Ordinal))
            .AssertReplyContains("✉ Invited")
            .In(TestConversation.Channel)
            .StartTwoStageWorkshop()
            .Invite(TestUsers.Boris)
            .AssertInvitation(TestUsers.Boris, card => Assert.Contains("“Checkout journey”", card.AllText, StringComparison.Ordinal))
            .AssertReplyContains("✉ Invited")
            .As(TestUsers.Boris).In(BorisChat)
            .Click("Start")
            .AssertInvokeMessage("✓")
            .AssertAsyncQuestion(1, 12, Goal, "Stage 1/2: Search")
            .Send("For checkout")
            .AssertReply("✓ Recorded: Goal · Search")
            .AssertAsyncQuestion(2, 12, Touchpoints)

            // Anna sends the onboarding invitation again; Boris switches to that workshop's sequence.
            .As(TestUsers.Anna).In(TestConversation.GroupChat)
            .Invite(TestUsers.Boris)
            .AssertInvitation(TestUsers.Boris)
            .AssertReplyContains("✉ Invited")
            .As(TestUsers.Boris).In(BorisChat)
            .Click("Start")
            .AssertInvokeMessage("✓")
            .AssertCard(card =>
            {
                Assert.Equal("Onboarding journey · question 1 of 12", card.Texts[0]);
                Assert.Contains("Stage 1/2: Trial", card.Texts[1], StringComparison.Ordinal);
            })
            .Send("For onboarding")
            .AssertReply("✓ Recorded: Goal · Trial")
            .AssertCard(card => Assert.Equal("Onboarding journey · question 2 of 12", card.Texts[0]))
            .Then(async h =>
            {
                Assert.Equal("For checkout", Assert.Single((await WorkshopFlowTests.LoadAsync(h, TestConversation.Channel)).Answers).Text);
                Assert.Equal("For onboarding", Assert.Single((await WorkshopFlowTests.LoadAsync(h, TestConversation.GroupChat)).Answers).Text);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task FacilitatorCommands_FromAParticipant_AreRefused()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .In(TestConversation.Channel)
            .StartTwoStageWorkshop()
            .As(TestUsers.Boris)
            .Send("deadline 2h")
            .AssertReplyContains("only the facilitators")
            .Send("срок 2д")
            .AssertReplyContains("only the facilitators")
            .Invite(TestUsers.Chloe)
            .AssertReplyContains("only the facilitators")
            .AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Theory]
    [InlineData("48h", "2026-11-25 09:00")]
    [InlineData("30m", "2026-11-23 09:30")]
    [InlineData("2d", "2026-11-25 09:00")]
    [InlineData("2д", "2026-11-25 09:00")]
    [InlineData("36ч", "2026-11-24 21:00")]
    [InlineData("2026-11-24 18:30", "2026-11-24 18:30")]
    [InlineData("24.11.2026 18:30", "2026-11-24 18:30")]
    public void DeadlineParser_SpanOrUtcDateTime_IsRead(string input, string expected)
    {
        var parsed = CjmBot.Bot.Async.DeadlineParser.Parse(input, SampleWorkshops.Start);
        Assert.Equal(expected, parsed?.UtcDateTime.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("0h")]
    [InlineData("2026-13-40 10:00")]
    public void DeadlineParser_Nonsense_IsNotADeadline(string input) =>
        Assert.Null(CjmBot.Bot.Async.DeadlineParser.Parse(input, SampleWorkshops.Start));

    private static Activity ForgedStart(string workshopId) => new()
    {
        Type = ActivityTypes.Invoke,
        Name = InvokeNames.AdaptiveCardAction,
        Id = "f:forged-" + Guid.NewGuid().ToString("N"),
        ChannelId = "msteams",
        ServiceUrl = TestConversation.ServiceUrl,
        From = TestUsers.Boris.ToAccount(),
        Recipient = TestUsers.Bot,
        Conversation = BorisChat.ToAccount(),
        ChannelData = BorisChat.ChannelData(),
        Locale = "en-US",
        Value = JsonSerializer.SerializeToElement(
            new JsonObject
            {
                ["action"] = new JsonObject
                {
                    ["type"] = "Action.Execute",
                    ["verb"] = "async.start",
                    ["data"] = new JsonObject { ["verb"] = "async.start", ["workshopId"] = workshopId },
                },
                ["trigger"] = "manual",
            },
            ProtocolJson.TypeInfo<JsonObject>()),
    };

    private static TeamsChannelAccount Member(TestUser user) => new() { Id = user.Id, Name = user.Name, AadObjectId = user.AadObjectId };

    private static async Task<Invitation?> InvitationAsync(BotTestHost host, TestUser user)
    {
        var workshop = await WorkshopFlowTests.LoadAsync(host, TestConversation.Channel);
        return await host.Workshops.GetInvitationAsync(workshop.Frame.Id, user.Id, CancellationToken.None);
    }
}
