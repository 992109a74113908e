using System.Text.Json.Nodes;
using System.Text.Json;
using CjmBot.Bot.Exports;
using CjmBot.Cards.Submissions;
using CjmBot.Protocol.Schema;
using CjmBot.Protocol.Serialization;
using CjmBot.Testing;
using CjmBot.Workshops;
using CjmBot.Workshops.Contributions;
using CjmBot.Workshops.Frame;
using CjmBot.Workshops.Questions;
using CjmBot.Workshops.Voting;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using Xunit.Abstractions;

namespace CjmBot.UnitTests.Bot.Workshops;

/// <summary>
/// <c>export</c> (the summary card with signed download links, also quietly) and <c>delete</c> (with confirmation),
/// as conversations: who may use them, what they show and what they leave behind.
/// </summary>
public sealed class SummaryAndDeletionTests(ITestOutputHelper output)
{
    public static TheoryData<string> FacilitatorOnlyCommands => new() { "export", "export quiet", "delete", "экспорт", "экспорт тихо", "удалить" };

    [Theory]
    [MemberData(nameof(FacilitatorOnlyCommands))]
    public async Task ExportOrDelete_FromAParticipant_IsRefusedAndNothingChanges(string command)
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .In(TestConversation.Channel)
            .StartTwoStageWorkshop()
            .As(TestUsers.Boris)
            .Send(command)
            .AssertReply(reply => Assert.True(
                reply.Text!.Contains("only the facilitators (Anna Petrova)", StringComparison.Ordinal)
                || reply.Text.Contains("только ведущие (Anna Petrova)", StringComparison.Ordinal),
                reply.Text))
            .AssertNoMoreReplies()
            .Then(async h => Assert.Equal(2, (await WorkshopFlowTests.LoadAsync(h, TestConversation.Channel)).Frame.Stages.Count))
            .StartTestAsync();
    }

    [Fact]
    public async Task Export_WithoutAWorkshop_SaysThereIsNone()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .Send("export")
            .AssertReplyContains("No workshop is running here.")
            .AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Fact]
    public async Task Export_MidWorkshop_PostsTheHighlightsAndFourSignedLinks()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .In(TestConversation.GroupChat)
            .StartTwoStageWorkshop()
            .Then(SeedAnswersAsync)
            .Send("export")
            .AssertCard(card =>
            {
                Assert.Equal("Workshop summary · version 1", card.Heading);
                Assert.Contains("Checkout journey", card.Texts);
                Assert.Contains("3 people · 7 answers · 1 insight", card.Texts);
                Assert.Contains("• Boris Ivanov — 4 answers, 1 insight", card.Texts);
                Assert.Contains("Segment: Small shop owner", card.Texts);
                Assert.Contains("• Purchase: average -1.5 (2 scores) ⚠ key pain point", card.Texts);
                Assert.DoesNotContain(card.Texts, text => text.StartsWith("• Search: average", StringComparison.Ordinal));
                Assert.Contains("• Delivery cost is hidden — 2 mentions", card.Texts);
                Assert.Contains("• Show the total early — 1 mention", card.Texts);
                Assert.Contains("💡 People leave when they see the delivery cost", card.Texts);
                Assert.Equal(["Open full map", "Markdown", "CSV", "Excel", "Printable map"], card.Buttons.Select(button => button.Title));
                Assert.All(card.Buttons, button => Assert.Equal("Action.OpenUrl", button.Type));

                var links = host.Services.GetRequiredService<ExportLinks>();
                var map = OpenUrls(card.Json).First();
                Assert.StartsWith("https://cjmbot.test/map/w", map.ToString(), StringComparison.Ordinal);
                var mapQuery = System.Web.HttpUtility.ParseQueryString(map.Query);
                var (mapCheck, mapLink) = links.VerifyMapPage(Uri.UnescapeDataString(map.AbsolutePath.Split('/')[2]), mapQuery["lang"], mapQuery["exp"], mapQuery["sig"]);
                Assert.Equal(ExportLinkCheck.Valid, mapCheck);
                Assert.Equal(host.Time.GetUtcNow().AddDays(30), mapLink!.ExpiresAt);
                foreach (var url in OpenUrls(card.Json).Skip(1))
                {
                    Assert.StartsWith("https://cjmbot.test/exports/w", url.ToString(), StringComparison.Ordinal);
                    var parts = url.AbsolutePath.Split('/');
                    var query = System.Web.HttpUtility.ParseQueryString(url.Query);
                    var (check, link) = links.Verify(Uri.UnescapeDataString(parts[2]), parts[3], query["lang"], query["exp"], query["sig"]);
                    Assert.Equal(ExportLinkCheck.Valid, check);
                    Assert.Equal(host.Time.GetUtcNow().AddHours(24), link!.ExpiresAt);
                }
            })
            .AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Fact]
    public async Task Export_AfterVotingActionsAndConclusions_ShowsThemAndDeleteRemovesThem()
    {
        await using var host = BotTestHost.Create(output);
        string? workshopId = null;
        await host.Flow()
            .StartTwoStageWorkshop()
            .Then(async h =>
            {
                await SeedAnswersAsync(h);
                workshopId = (await WorkshopFlowTests.LoadAsync(h)).Frame.Id;
                var segment = (await WorkshopFlowTests.LoadAsync(h)).Frame.Segments[0].Id;
                var anna = new Participant(TestUsers.Anna.Id, TestUsers.Anna.Name);
                var boris = new Participant(TestUsers.Boris.Id, TestUsers.Boris.Name);
                await h.Workshops.SetVotingAsync(workshopId, new VotingState(VotingStatus.Open, 3, h.Time.GetUtcNow(), anna), CancellationToken.None);
                Assert.Equal(BallotOutcome.Recorded, await h.Workshops.CastBallotAsync(
                    new Ballot(workshopId, segment, boris, new Dictionary<string, int> { ["s6"] = 2, ["s4"] = 1 }, h.Time.GetUtcNow()), CancellationToken.None));
                Assert.Equal(BallotOutcome.Recorded, await h.Workshops.CastBallotAsync(
                    new Ballot(workshopId, segment, anna, new Dictionary<string, int> { ["s7"] = 3 }, h.Time.GetUtcNow()), CancellationToken.None));
                await h.Workshops.AddActionItemAsync(new ActionItem
                {
                    Id = "act1", WorkshopId = workshopId, AnswerId = "s7", SegmentId = segment, Text = "Show the total early", Owner = boris,
                    Due = new DateOnly(2026, 12, 15), AssignedBy = anna, At = h.Time.GetUtcNow(),
                }, CancellationToken.None);
                await h.Workshops.AddConclusionAsync(new Conclusion
                {
                    Id = "con1", WorkshopId = workshopId, Topic = ConclusionTopic.ProductDirection, Text = "Price transparency first", Author = anna,
                    At = h.Time.GetUtcNow(),
                }, CancellationToken.None);
            })
            .Send("export")
            .AssertCard(card =>
            {
                Assert.Contains("Barriers by votes", card.Texts);
                Assert.Contains("• Too many filters — 2 votes, #1", card.Texts);
                Assert.Contains("• Delivery cost is hidden — 1 vote, #2", card.Texts);
                Assert.Contains("Solutions by votes", card.Texts);
                Assert.Contains("• Show the total early — 3 votes, #1", card.Texts);
                Assert.Contains("☐ Show the total early — Boris Ivanov, due 2026-12-15", card.Texts);
                Assert.Contains("Conclusions", card.Texts);
                Assert.Contains("• Price transparency first — Anna Petrova", card.Texts);
            })
            .Send("delete")
            .AssertCard(card => Assert.Contains("Delete the workshop", card.Heading, StringComparison.Ordinal))
            .Click("Delete for good")
            .AssertInvokeCard(card =>
            {
                Assert.Contains("- votes (ballots and voting settings): 3", card.Heading, StringComparison.Ordinal);
                Assert.Contains("- action item records: 1", card.Heading, StringComparison.Ordinal);
                Assert.Contains("- conclusions: 1", card.Heading, StringComparison.Ordinal);
            })
            .Then(async h =>
            {
                Assert.Null(await h.Workshops.LoadAsync(workshopId!, CancellationToken.None));

                // A workshop created again under the same id would start with no votes, actions or conclusions.
                var frame = SampleWorkshopsFrame(workshopId!);
                await h.Workshops.CreateAsync(frame, CjmBot.Workshops.Progress.WorkshopProgress.Begin(frame, h.Time.GetUtcNow()), CancellationToken.None);
                var fresh = (await h.Workshops.LoadAsync(workshopId!, CancellationToken.None))!;
                Assert.Empty(fresh.Decisions.Ballots);
                Assert.Empty(fresh.ActionItems);
                Assert.Empty(fresh.Conclusions);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task ExportQuiet_InAChannel_GoesToTheFacilitatorsPersonalChatOnly()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .In(TestConversation.Channel)
            .StartTwoStageWorkshop()
            .Send("экспорт тихо")
            .Then(h =>
            {
                var create = h.Adapter.NextOutbound();
                Assert.NotNull(create);
                Assert.Equal(OutboundKind.CreateConversation, create.Kind);
                Assert.Equal("a:1dm-" + TestUsers.Anna.Id, create.ConversationId);
                var send = h.Adapter.NextOutbound();
                Assert.NotNull(send);
                Assert.Equal(OutboundKind.Send, send.Kind);
                Assert.Equal("a:1dm-" + TestUsers.Anna.Id, send.Activity!.Conversation!.Id);
                var card = new CardView((JsonObject)send.Activity.Attachments![0].Content!);
                Assert.Equal("Workshop summary · version 1", card.Heading);
            })
            .AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Fact]
    public async Task Export_WithAnUnknownWord_ExplainsTheTwoForms()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .StartTwoStageWorkshop()
            .Send("export everything")
            .AssertReplyContains("**export quiet**")
            .AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Fact]
    public async Task Export_OfACopy_ShowsWhatChangedSinceThePreviousVersion()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .StartTwoStageWorkshop()
            .Then(SeedAnswersAsync)
            .Send("copy")
            .AssertReplyContains("Copied as version 2")
            .AssertCard(card => Assert.StartsWith("Workshop started", card.Heading, StringComparison.Ordinal))
            .AssertLiveMap()
            .AssertQuestion("What is the customer's goal at this stage?")
            .Then(async h =>
            {
                var copy = await WorkshopFlowTests.LoadAsync(h);
                var segment = copy.Frame.Segments[0].Id;
                await Add(h, copy.Frame.Id, "v2-1", TestUsers.Boris, segment, 1, QuestionKey.Emotions, "Better now", score: 1);
                await Add(h, copy.Frame.Id, "v2-2", TestUsers.Boris, segment, 1, QuestionKey.Barriers, "The coupon field is hard to find");
            })
            .Send("export")
            .AssertCard(card =>
            {
                Assert.Equal("Workshop summary · version 2", card.Heading);
                Assert.Contains("Changes since version 1", card.Texts);
                Assert.Contains("• Search: +1.0 → —", card.Texts);
                Assert.Contains("• Purchase: -1.5 → +1.0", card.Texts);
                Assert.Contains("＋ The coupon field is hard to find", card.Texts);
                Assert.Contains("✓ Delivery cost is hidden", card.Texts);
            })
            .AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Fact]
    public async Task Delete_Confirmed_RemovesEveryRowJobAndStateItemAndTheMapMessageAndSaysWhat()
    {
        await using var host = BotTestHost.Create(output);
        string? workshopId = null;
        string? mapMessageId = null;
        await host.Flow()
            .In(TestConversation.GroupChat)
            .StartTwoStageWorkshop(timebox: "5")
            .Then(async h =>
            {
                workshopId = (await WorkshopFlowTests.LoadAsync(h, TestConversation.GroupChat)).Frame.Id;
                mapMessageId = CjmBot.Bot.LiveMap.LiveMaps.Read(await h.Workshops.ReadStateAsync(workshopId, CjmBot.Bot.LiveMap.LiveMaps.StateName, CancellationToken.None))?.State.MessageId;
                Assert.NotNull(mapMessageId);
                await SeedAnswersAsync(h);
            })
            .Send("An answer typed in the chat")
            .Send("delete")
            .AssertCard(card =>
            {
                Assert.Contains("Delete the workshop **Checkout journey** (version 1)", card.Heading, StringComparison.Ordinal);
                Assert.Equal(["Delete for good", "Keep it"], card.Buttons.Select(button => button.Title));
            })
            .Click("Delete for good")
            .AssertInvokeCard(card =>
            {
                Assert.Equal("🗑 Deleted **Checkout journey**. Removed:\n\n- answers: 8\n\n- insights: 1\n\n- records of the bot's cards: 1" +
                    "\n\n- saved bot state (live map, conversation address, personal-chat progress): 2\n\n- workshop frame and progress: 2" +
                    "\n\n- conversation index entries: 1\n\n- scheduled jobs (timers, map redraws): 2\n\n- the live map message in the chat: 1",
                    card.Heading);
            })
            .AssertMessageDeleted(() => mapMessageId)
            .AssertNoMoreReplies()
            .Then(async h =>
            {
                Assert.Null(await h.Workshops.LoadAsync(workshopId!, CancellationToken.None));
                Assert.Null(await h.Workshops.GetActiveWorkshopIdAsync(TestConversation.GroupChat.Id, CancellationToken.None));
                Assert.Empty(await h.Jobs.ClaimDueAsync(h.Time.GetUtcNow().AddDays(1), TimeSpan.FromMinutes(1), 100, CancellationToken.None));
                Assert.Null(await h.Workshops.ReadStateAsync(workshopId!, CjmBot.Bot.LiveMap.LiveMaps.StateName, CancellationToken.None));
                Assert.Null(await h.Workshops.ReadStateAsync(workshopId!, CjmBot.Bot.Chat.ChatAddresses.StateName, CancellationToken.None));
            })
            .Send("status")
            .AssertReplyContains("No workshop is running here.")
            .StartTestAsync();
    }

    [Fact]
    public async Task Delete_ChatWillNotDeleteTheMap_TheMapMessageSaysTheWorkshopWasDeleted()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .In(TestConversation.GroupChat)
            .StartTwoStageWorkshop()
            .Send("delete")
            .AssertCard(card => Assert.Contains("Delete the workshop", card.Heading, StringComparison.Ordinal))
            .Then(h => h.Channel.FailNextDelete(System.Net.HttpStatusCode.NotImplemented))
            .Click("Delete for good")
            .AssertInvokeCard(card => Assert.EndsWith(
                "\n\n- the live map in the chat (the chat does not let me delete it, so it now says the workshop was deleted): 1", card.Heading, StringComparison.Ordinal))
            .AssertCardUpdate(card => Assert.Equal("🗑 This workshop was deleted; its map is no longer available.", card.Heading))
            .AssertNoMoreReplies()
            .Then(async h => Assert.Null(await h.Workshops.GetActiveWorkshopIdAsync(TestConversation.GroupChat.Id, CancellationToken.None)))
            .StartTestAsync();
    }

    [Fact]
    public async Task Delete_MapMessageCannotBeRemovedOrChanged_DataIsGoneAndTheReplySaysSo()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .In(TestConversation.GroupChat)
            .StartTwoStageWorkshop()
            .Send("delete")
            .AssertCard(card => Assert.Contains("Delete the workshop", card.Heading, StringComparison.Ordinal))
            .Then(h =>
            {
                h.Channel.FailNextDelete(System.Net.HttpStatusCode.Forbidden);
                h.Channel.FailNextUpdate(System.Net.HttpStatusCode.Forbidden);
            })
            .Click("Delete for good")
            .AssertInvokeCard(card =>
            {
                Assert.DoesNotContain("- the live map", card.Heading, StringComparison.Ordinal);
                Assert.EndsWith("The live map message could not be removed from the chat; delete it there by hand if it should go.", card.Heading, StringComparison.Ordinal);
            })
            .AssertNoMoreReplies()
            .Then(async h => Assert.Null(await h.Workshops.GetActiveWorkshopIdAsync(TestConversation.GroupChat.Id, CancellationToken.None)))
            .Send("status")
            .AssertReplyContains("No workshop is running here.")
            .StartTestAsync();
    }

    [Fact]
    public async Task DeleteConfirmation_FromAParticipant_IsRefusedAndKeepsTheWorkshop()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .In(TestConversation.Channel)
            .StartTwoStageWorkshop()
            .Send("delete")
            .AssertCard(card => Assert.Contains("Delete the workshop", card.Heading, StringComparison.Ordinal))
            .As(TestUsers.Boris)
            .Click("Delete for good")
            .AssertInvokeMessage("only the facilitators (Anna Petrova)")
            .AssertNoMoreReplies()
            .Then(async h => Assert.NotNull(await WorkshopFlowTests.LoadAsync(h, TestConversation.Channel)))
            .StartTestAsync();
    }

    [Fact]
    public async Task DeleteConfirmation_Cancelled_KeepsTheWorkshop()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .StartTwoStageWorkshop()
            .Send("удалить")
            .AssertCard(card => Assert.Contains("Delete the workshop", card.Heading, StringComparison.Ordinal))
            .Click("Keep it")
            .AssertInvokeCard(card => Assert.Equal("Nothing was deleted.", card.Heading))
            .AssertNoMoreReplies()
            .Then(async h => Assert.NotNull(await WorkshopFlowTests.LoadAsync(h)))
            .StartTestAsync();
    }

    [Fact]
    public async Task DeleteConfirmation_ForAnEarlierVersion_IsRefusedAsStale()
    {
        await using var host = BotTestHost.Create(output);
        string? firstId = null;
        var oldConfirmation = new Activity { Type = ActivityTypes.Invoke, Name = InvokeNames.AdaptiveCardAction };
        await host.Flow()
            .StartTwoStageWorkshop()
            .Then(async h =>
            {
                firstId = (await WorkshopFlowTests.LoadAsync(h)).Frame.Id;
                oldConfirmation.Value = ConfirmDeletion(firstId);
            })
            .Send("delete")
            .AssertCard(card => Assert.Contains("(version 1)", card.Heading, StringComparison.Ordinal))
            .Send("copy")
            .AssertReplyContains("Copied as version 2")
            .AssertCard(card => Assert.StartsWith("Workshop started", card.Heading, StringComparison.Ordinal))
            .AssertLiveMap()
            .AssertQuestion("What is the customer's goal at this stage?")
            .Then(h => Assert.Equal(0, h.Adapter.UnreadCount))
            .Send(oldConfirmation)
            .AssertInvokeMessage("This confirmation is out of date")
            .AssertNoMoreReplies()
            .Then(async h =>
            {
                Assert.NotNull(await h.Workshops.LoadAsync(firstId!, CancellationToken.None));
                Assert.Equal(2, (await WorkshopFlowTests.LoadAsync(h)).Frame.Version);
            })
            .StartTestAsync();
    }

    /// <summary>
    /// Seven answers and an insight in the two-stage workshop's segment: Search scored +1, Purchase -1 and -2, a
    /// barrier named twice (in different spelling) and once more, one solution.
    /// </summary>
    internal static async Task SeedAnswersAsync(BotTestHost host)
    {
        var workshop = await WorkshopFlowTests.LoadAsync(host, await ActiveConversationAsync(host));
        var id = workshop.Frame.Id;
        var segment = workshop.Frame.Segments[0].Id;
        await Add(host, id, "s1", TestUsers.Boris, segment, 0, QuestionKey.Emotions, "Fine, lots of choice", score: 1);
        await Add(host, id, "s2", TestUsers.Boris, segment, 1, QuestionKey.Emotions, "Annoyed", score: -1);
        await Add(host, id, "s3", TestUsers.Chloe, segment, 1, QuestionKey.Emotions, "Furious", score: -2);
        await Add(host, id, "s4", TestUsers.Boris, segment, 1, QuestionKey.Barriers, "Delivery cost is hidden");
        await Add(host, id, "s5", TestUsers.Chloe, segment, 1, QuestionKey.Barriers, "delivery  cost is hidden!");
        await Add(host, id, "s6", TestUsers.Anna, segment, 0, QuestionKey.Barriers, "Too many filters");
        await Add(host, id, "s7", TestUsers.Boris, segment, 1, QuestionKey.Solutions, "Show the total early");
        await host.Workshops.AddContributionAsync(new Contribution
        {
            Id = "s8", WorkshopId = id, Kind = ContributionKind.Insight, Author = new Participant(TestUsers.Boris.Id, TestUsers.Boris.Name),
            At = host.Time.GetUtcNow(), SegmentId = segment, StageIndex = 1, Text = "People leave when they see the delivery cost",
        }, CancellationToken.None);
    }

    private static async Task<TestConversation> ActiveConversationAsync(BotTestHost host)
    {
        foreach (var conversation in new[] { TestConversation.Personal, TestConversation.GroupChat, TestConversation.Channel })
        {
            if (await host.Workshops.GetActiveWorkshopIdAsync(conversation.Id.Split(";messageid=")[0], CancellationToken.None) is not null)
            {
                return conversation;
            }
        }

        throw new InvalidOperationException("No workshop.");
    }

    private static WorkshopFrame SampleWorkshopsFrame(string id) => SampleWorkshops.Frame() with { Id = id, ConversationId = "19:another@thread.v2" };

    private static Task Add(BotTestHost host, string workshopId, string id, TestUser who, string segment, int stage, QuestionKey question, string text, int? score = null) =>
        host.Workshops.AddContributionAsync(new Contribution
        {
            Id = id, WorkshopId = workshopId, Kind = ContributionKind.Answer, Author = new Participant(who.Id, who.Name),
            At = host.Time.GetUtcNow().AddSeconds(id[^1] - '0'), SegmentId = segment, StageIndex = stage,
            Question = question, Text = text, Score = score,
        }, CancellationToken.None);

    /// <summary>The click on "Delete for good" of a confirmation card for <paramref name="workshopId"/>, as Teams sends it.</summary>
    private static JsonElement ConfirmDeletion(string workshopId) => JsonSerializer.SerializeToElement(
            new JsonObject
            {
                ["action"] = new JsonObject
                {
                    ["type"] = "Action.Execute",
                    ["verb"] = DeleteWorkshopSubmit.ConfirmVerb,
                    ["data"] = CardSubmissions.ToData(new DeleteWorkshopSubmit(workshopId, Confirm: true)),
                },
                ["trigger"] = "manual",
            },
            ProtocolJson.TypeInfo<JsonObject>());

    private static IEnumerable<Uri> OpenUrls(JsonNode? node) => node switch
    {
        JsonObject obj when obj["type"]?.GetValue<string>() == "Action.OpenUrl" => [new Uri(obj["url"]!.GetValue<string>())],
        JsonObject obj => obj.SelectMany(pair => OpenUrls(pair.Value)),
        JsonArray array => array.SelectMany(OpenUrls),
        _ => [],
    };
}
