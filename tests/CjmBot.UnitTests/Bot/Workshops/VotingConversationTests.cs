using CjmBot.Protocol.Schema;
using CjmBot.Testing;
using CjmBot.Workshops;
using CjmBot.Workshops.Voting;
using Xunit;
using Xunit.Abstractions;

namespace CjmBot.UnitTests.Bot.Workshops;

/// <summary>Dot-voting, action items and conclusions, as the group and the facilitator live them in a group chat.</summary>
public sealed class VotingConversationTests(ITestOutputHelper output)
{
    private static readonly TestConversation Chat = TestConversation.GroupChat;

    public static TheoryData<string> FacilitatorCommands => new()
    {
        "vote", "vote 5", "vote close", "actions", "conclude", "голосование", "голосование закрыть", "задачи", "выводы",
    };

    [Fact]
    public async Task Vote_ItemsAndBudget_EachVoterSeesTheirOwnVotesAndWhatIsLeft()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .WithBarriersAndSolutions()
            .Send("vote")
            .AssertReplyContains("Dot-voting is open: 3 votes per person per segment.")
            .AssertCard(card =>
            {
                Assert.Equal("Dot-voting · Small shop owner", card.Heading);
                Assert.Equal(["vote0", "vote1", "vote2", "vote3"], card.InputIds);
                Assert.Contains("1. Barriers · Search: Delivery cost is hidden", card.Texts);
                Assert.Contains("4. Solutions · Search: Guest checkout", card.Texts);
            })
            .AssertNoMoreReplies()
            .As(TestUsers.Boris)
            .Click("Save my votes", ("vote0", "2"), ("vote3", "1"))
            .AssertInvokeCard(card => Assert.Contains("✓ Your votes are saved: 3 of 3 used, 0 left.", card.Texts))
            .As(TestUsers.Chloe)
            .Click("Save my votes", ("vote0", "1"))
            .AssertInvokeCard(card => Assert.Contains("✓ Your votes are saved: 1 of 3 used, 2 left.", card.Texts))
            .As(TestUsers.Boris)
            .Click("Save my votes", ("vote0", "0"), ("vote1", "1"))
            .AssertInvokeCard(card =>
            {
                Assert.Contains("✓ Your votes are saved: 1 of 3 used, 2 left.", card.Texts);
                Assert.Equal(1, card.Json["body"]!.AsArray().Single(e => e!["id"]?.GetValue<string>() == "vote1")!["value"]!.GetValue<int>());
            })
            .AssertNoMoreReplies()
            .Then(async h =>
            {
                var workshop = await WorkshopFlowTests.LoadAsync(h, Chat);
                Assert.Equal(2, workshop.Decisions.Ballots.Count);
                var items = VotingItems.Of(workshop.Answers, "s1");
                Assert.Equal([1, 1, 0, 0], items.Select(i => workshop.Votes.VotesFor(i.Id)));
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task CastBallot_RedrawsTheLiveMapWithTheVotes()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .WithBarriersAndSolutions()
            .RunSchedulerAfter(TimeSpan.FromSeconds(1.2))
            .AssertCardUpdate(card => Assert.DoesNotContain(card.Texts, text => text.Contains("● ", StringComparison.Ordinal)))
            .Send("vote")
            .AssertReplyContains("Dot-voting is open")
            .AssertCard(card => Assert.Equal("Dot-voting · Small shop owner", card.Heading))
            .As(TestUsers.Boris)
            .Click("Save my votes", ("vote0", "2"), ("vote3", "1"))
            .AssertInvokeCard(card => Assert.Contains("✓ Your votes are saved: 3 of 3 used, 0 left.", card.Texts))
            .RunSchedulerAfter(TimeSpan.FromSeconds(1.2))
            .AssertCardUpdate(card =>
            {
                Assert.Contains(card.Texts, text => text.Contains("Delivery cost is hidden", StringComparison.Ordinal) && text.Contains("● 2 votes", StringComparison.Ordinal));
                Assert.Contains(card.Texts, text => text.Contains("Guest checkout", StringComparison.Ordinal) && text.Contains("● 1 vote", StringComparison.Ordinal));
            })
            .AssertCountUpdate("Question 5/6 · 2 answers so far", "✓ Answered: Boris Ivanov, Chloe Martin")
            .AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Fact]
    public async Task Vote_OverBudget_IsRefusedKeepsWhatWasTypedAndTheEarlierBallotStands()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .WithBarriersAndSolutions()
            .Send("vote")
            .AssertReplyContains("Dot-voting is open")
            .AssertCard(card => Assert.Equal("Dot-voting · Small shop owner", card.Heading))
            .As(TestUsers.Boris)
            .Click("Save my votes", ("vote2", "3"))
            .AssertInvokeCard(card => Assert.Contains("✓ Your votes are saved: 3 of 3 used, 0 left.", card.Texts))
            .Click("Save my votes", ("vote2", "3"), ("vote0", "1"))
            .AssertInvokeCard(card =>
            {
                Assert.Contains("That is 4 votes, and you have 3 for this segment. Nothing was changed: take some off and save again.", card.Texts);
                Assert.Equal(1, card.Json["body"]!.AsArray().Single(e => e!["id"]?.GetValue<string>() == "vote0")!["value"]!.GetValue<int>());
            })
            .Click("Save my votes", ("vote1", "-1"))
            .AssertInvokeCard(card => Assert.Contains("Votes are whole numbers from 0 up. Nothing was changed.", card.Texts))
            .Click("Save my votes", ("vote1", "many"))
            .AssertInvokeCard(card => Assert.Contains("Votes are whole numbers from 0 up. Nothing was changed.", card.Texts))
            .Then(async h =>
            {
                var workshop = await WorkshopFlowTests.LoadAsync(h, Chat);
                var ballot = Assert.Single(workshop.Decisions.Ballots);
                Assert.Equal(3, ballot.Spent);
                Assert.Equal(3, workshop.Votes.VotesFor(VotingItems.Of(workshop.Answers, "s1")[2].Id));
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Vote_WithABudget_AllowsThatManyAndChangingItKeepsBallots()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .WithBarriersAndSolutions()
            .Send("vote 5")
            .AssertReplyContains("Dot-voting is open: 5 votes per person per segment.")
            .AssertCard(card => Assert.Contains(card.Texts, t => t.StartsWith("You have 5 votes for this segment.", StringComparison.Ordinal)))
            .As(TestUsers.Boris)
            .Click("Save my votes", ("vote0", "4"), ("vote2", "1"))
            .AssertInvokeCard(card => Assert.Contains("✓ Your votes are saved: 5 of 5 used, 0 left.", card.Texts))
            .As(TestUsers.Anna)
            .Send("голосование 2")
            .AssertReply("The budget is now 2 votes per person per segment.")
            .AssertCard(card => Assert.Contains(card.Texts, t => t.StartsWith("You have 2 votes for this segment.", StringComparison.Ordinal)))
            .As(TestUsers.Chloe)
            .Click("Save my votes", ("vote0", "3"))
            .AssertInvokeCard(card => Assert.Contains("That is 3 votes, and you have 2 for this segment. Nothing was changed: take some off and save again.", card.Texts))
            .Then(async h => Assert.Equal(4, (await WorkshopFlowTests.LoadAsync(h, Chat)).Votes.VotesFor(
                VotingItems.Of((await WorkshopFlowTests.LoadAsync(h, Chat)).Answers, "s1")[0].Id)))
            .StartTestAsync();
    }

    [Theory]
    [InlineData("vote 0")]
    [InlineData("vote 21")]
    [InlineData("vote lots")]
    public async Task Vote_InvalidBudget_ExplainsAndOpensNothing(string command)
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .WithBarriersAndSolutions()
            .Send(command)
            .AssertReply("The budget is a whole number from 1 to 20, e.g. `vote 5`; `vote close` ends voting.")
            .AssertNoMoreReplies()
            .Then(async h => Assert.Equal(VotingState.NotStarted, (await WorkshopFlowTests.LoadAsync(h, Chat)).Voting))
            .StartTestAsync();
    }

    [Fact]
    public async Task Vote_NothingOnTheMapYet_SaysSoAndOpensNothing()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .In(Chat)
            .StartTwoStageWorkshop()
            .Send("vote")
            .AssertReply("There are no barriers or solutions on the map yet, so there is nothing to vote on.")
            .AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Fact]
    public async Task VoteClose_PostsTheRankingAndLaterVotesAreRefusedWithAClearMessage()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .WithBarriersAndSolutions()
            .Send("vote")
            .AssertReplyContains("Dot-voting is open")
            .AssertCard(card => Assert.Equal("Dot-voting · Small shop owner", card.Heading))
            .As(TestUsers.Boris)
            .Click("Save my votes", ("vote0", "1"), ("vote3", "2"))
            .AssertInvokeCard(card => Assert.Contains("✓ Your votes are saved: 3 of 3 used, 0 left.", card.Texts))
            .As(TestUsers.Chloe)
            .Click("Save my votes", ("vote1", "2"), ("vote3", "1"))
            .AssertInvokeCard(card => Assert.Contains("✓ Your votes are saved: 3 of 3 used, 0 left.", card.Texts))
            .As(TestUsers.Anna)
            .Send("vote close")
            .AssertCard(card =>
            {
                Assert.Equal("Voting is closed", card.Heading);
                Assert.Contains("2 people voted.", card.Texts);
                Assert.Contains("#1 ● 2 votes Checkout asks too much", card.Texts);
                Assert.Contains("#2 ● 1 vote Delivery cost is hidden", card.Texts);
                Assert.Contains("#1 ● 3 votes Guest checkout", card.Texts);
                Assert.DoesNotContain(card.Texts, t => t.Contains("Boris", StringComparison.Ordinal) || t.Contains("Chloe", StringComparison.Ordinal));
            })
            .AssertCard(card => Assert.Contains(card.Texts, t => t.StartsWith("• Guest checkout — Chloe Martin ● 3 votes", StringComparison.Ordinal)))
            .AssertNoMoreReplies()
            .Send("vote close")
            .AssertReply("Voting is not open.")
            .Send("map")
            .AssertCard(card =>
            {
                Assert.Contains(card.Texts, t => t.StartsWith("• Guest checkout — Chloe Martin ● 3 votes", StringComparison.Ordinal));
                Assert.Contains(card.Texts, t => t.StartsWith("• Show delivery cost upfront — Boris Ivanov", StringComparison.Ordinal) && !t.Contains('●'));
            })
            .Then(async h =>
            {
                var workshop = await WorkshopFlowTests.LoadAsync(h, Chat);
                Assert.Equal(VotingStatus.Closed, workshop.Voting.Status);
                Assert.Equal(2, workshop.Votes.VotesFor(VotingItems.Of(workshop.Answers, "s1")[1].Id));
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task VoteCard_ClickedAfterVotingClosed_IsRefusedWithAClearMessageAndChangesNothing()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .WithBarriersAndSolutions()
            .Send("vote")
            .AssertReplyContains("Dot-voting is open")
            .AssertCard(card => Assert.Equal("Dot-voting · Small shop owner", card.Heading))
            .As(TestUsers.Boris)
            .Click("Save my votes", ("vote0", "1"))
            .AssertInvokeCard(card => Assert.Contains("✓ Your votes are saved: 1 of 3 used, 2 left.", card.Texts))
            .Then(async h =>
            {
                // The facilitator closes voting (as `vote close` does) while Boris still has the card open.
                var workshop = await WorkshopFlowTests.LoadAsync(h, Chat);
                await h.Workshops.SetVotingAsync(workshop.Frame.Id, workshop.Voting with { Status = VotingStatus.Closed }, CancellationToken.None);
            })
            .Click("Save my votes", ("vote0", "3"))
            .AssertInvokeCard(card =>
            {
                Assert.Contains("Voting is closed, so your votes were not changed.", card.Texts);
                Assert.Empty(card.InputIds);
                Assert.Empty(card.Buttons);
            })
            .AssertNoMoreReplies()
            .Then(async h => Assert.Equal(1, Assert.Single((await WorkshopFlowTests.LoadAsync(h, Chat)).Decisions.Ballots).Spent))
            .StartTestAsync();
    }

    [Fact]
    public async Task VoteCard_ClickedAsSubmit_AnswersWithAShortMessage()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .WithBarriersAndSolutions()
            .Send("vote")
            .AssertReplyContains("Dot-voting is open")
            .AssertCard(card => Assert.Equal("Dot-voting · Small shop owner", card.Heading))
            .As(TestUsers.Boris)
            .ClickAsSubmit("Save my votes", ("vote1", "2"))
            .AssertReply("✓ Your votes are saved: 2 of 3 used, 1 left.")
            .AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Theory]
    [MemberData(nameof(FacilitatorCommands))]
    public async Task VotingCommand_FromAParticipant_IsPolitelyRefusedAndNothingChanges(string command)
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .WithBarriersAndSolutions()
            .As(TestUsers.Boris)
            .Send(command)
            .AssertReply(reply => Assert.True(
                reply.Text!.Contains("only the facilitators (Anna Petrova)", StringComparison.Ordinal)
                || reply.Text.Contains("только ведущие (Anna Petrova)", StringComparison.Ordinal),
                reply.Text))
            .AssertNoMoreReplies()
            .Then(async h =>
            {
                var workshop = await WorkshopFlowTests.LoadAsync(h, Chat);
                Assert.Equal(WorkshopDecisions.Empty.Voting, workshop.Voting);
                Assert.Empty(workshop.ActionItems);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task ActionItems_OwnerFromTheRosterAndADueDate_AreSavedAndTheOwnerIsToldPersonally()
    {
        await using var host = BotTestHost.Create(output);
        host.Adapter.Rosters[Chat.Id] = [Member(TestUsers.Anna), Member(TestUsers.Boris), Member(TestUsers.Chloe)];
        await host.Flow()
            .WithBarriersAndSolutions()
            .Send("vote")
            .AssertReplyContains("Dot-voting is open")
            .AssertCard(card => Assert.Equal("Dot-voting · Small shop owner", card.Heading))
            .As(TestUsers.Chloe)
            .Click("Save my votes", ("vote3", "3"))
            .AssertInvokeCard(card => Assert.Contains("✓ Your votes are saved: 3 of 3 used, 0 left.", card.Texts))
            .As(TestUsers.Anna)
            .Send("actions")
            .AssertCard(card =>
            {
                Assert.Equal("Action items", card.Heading);
                Assert.Equal("1. Guest checkout ● 3 votes", card.Texts[2]);
                Assert.Contains("2. Show delivery cost upfront", card.Texts);
                Assert.Equal(["owner0", "due0", "owner1", "due1"], card.InputIds);
            })
            .As(TestUsers.Boris)
            .Click("Save action items", ("owner0", TestUsers.Boris.Id), ("due0", "2026-12-01"))
            .AssertInvokeMessage("only the facilitators (Anna Petrova)")
            .As(TestUsers.Anna)
            .Click("Save action items", ("owner0", TestUsers.Boris.Id))
            .AssertInvokeCard(card => Assert.Contains("Item 1 has an owner but no due date. Nothing was saved.", card.Texts))
            .Click("Save action items", ("owner0", "29:1stranger"), ("due0", "2026-12-01"))
            .AssertInvokeCard(card => Assert.Contains("The owner of item 1 is not a member of this conversation. Nothing was saved.", card.Texts))
            .Click("Save action items")
            .AssertInvokeCard(card => Assert.Contains("Pick an owner and a due date for at least one item. Nothing was saved.", card.Texts))
            .AssertNoMoreReplies()
            .Click("Save action items", ("owner0", TestUsers.Boris.Id), ("due0", "2026-12-01"))
            .AssertInvokeCard(card => Assert.Contains("✓ 1 action item saved.", card.Texts))
            .Then(h =>
            {
                var created = h.Adapter.NextOutbound()!;
                Assert.Equal(CjmBot.Testing.OutboundKind.CreateConversation, created.Kind);
                Assert.Equal("a:1dm-" + TestUsers.Boris.Id, created.ConversationId);
                var message = h.Adapter.NextOutbound()!;
                Assert.Equal(CjmBot.Testing.OutboundKind.Send, message.Kind);
                Assert.Equal("a:1dm-" + TestUsers.Boris.Id, message.ConversationId);
                Assert.Equal("You own an action item from the workshop \"Checkout journey\": Guest checkout — due 2026-12-01.", message.Activity!.Text);
            })
            .Redeliver()
            .AssertNoMoreReplies()
            .Then(async h =>
            {
                var workshop = await WorkshopFlowTests.LoadAsync(h, Chat);
                var item = Assert.Single(workshop.ActionItems);
                Assert.Equal(("Guest checkout", TestUsers.Boris.Name, new DateOnly(2026, 12, 1)), (item.Text, item.Owner.Name, item.Due));
                Assert.Equal(TestUsers.Anna.Id, item.AssignedBy.Id);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task ActionItems_OwnerWithoutTheApp_AreSavedAndTheFacilitatorIsAskedToTellThem()
    {
        await using var host = BotTestHost.Create(output);
        host.Adapter.Rosters[Chat.Id] = [Member(TestUsers.Anna), Member(TestUsers.Boris), Member(TestUsers.Chloe)];
        host.Channel.NotInstalled[TestUsers.Chloe.Id] = System.Net.HttpStatusCode.Forbidden;
        await host.Flow()
            .WithBarriersAndSolutions()
            .Send("actions")
            .AssertCard(card => Assert.Equal("Action items", card.Heading))
            .Click("Save action items", ("owner0", TestUsers.Chloe.Id), ("due0", "2026-12-01"), ("owner1", TestUsers.Boris.Id), ("due1", "2027-01-15"))
            .AssertInvokeCard(card => Assert.Contains(
                "✓ 2 action items saved. I could not message Chloe Martin personally (the app may not be installed for them). Please let them know.",
                card.Texts))
            .Then(h =>
            {
                var message = h.Adapter.NextOutbound()!;
                Assert.Equal(CjmBot.Testing.OutboundKind.CreateConversation, message.Kind);
                message = h.Adapter.NextOutbound()!;
                Assert.Equal(("a:1dm-" + TestUsers.Boris.Id, "You own an action item from the workshop \"Checkout journey\": Guest checkout — due 2027-01-15."),
                    (message.ConversationId, message.Activity!.Text));
            })
            .AssertNoMoreReplies()
            .Then(async h => Assert.Equal(
                [TestUsers.Chloe.Name, TestUsers.Boris.Name],
                (await WorkshopFlowTests.LoadAsync(h, Chat)).ActionItems.Select(i => i.Owner.Name)))
            .StartTestAsync();
    }

    [Fact]
    public async Task AnonymousWorkshop_VotedAndConcluded_ExportsNameOwnersButNoVoterOrConclusionAuthor()
    {
        await using var host = BotTestHost.Create(output);
        host.Adapter.Rosters[Chat.Id] = [Member(TestUsers.Anna), Member(TestUsers.Boris), Member(TestUsers.Chloe)];
        await host.Flow()
            .WithBarriersAndSolutions(anonymous: true)
            .Send("vote")
            .AssertReplyContains("Dot-voting is open")
            .AssertCard(card => Assert.Equal("Dot-voting · Small shop owner", card.Heading))
            .As(TestUsers.Boris)
            .Click("Save my votes", ("vote3", "3"))
            .AssertInvokeCard(card => Assert.Contains("✓ Your votes are saved: 3 of 3 used, 0 left.", card.Texts))
            .As(TestUsers.Anna)
            .Send("vote close")
            .AssertCard(card => Assert.Contains("#1 ● 3 votes Guest checkout", card.Texts))
            .AssertLiveMap()
            .Send("conclude")
            .AssertCard(card => Assert.Equal("Conclusions", card.Heading))
            .As(TestUsers.Boris)
            .Click("Save conclusions", ("conclusionProductDirection", "Guest checkout by default"))
            .AssertInvokeCard(card => Assert.Contains("✓ 1 conclusion saved.", card.Texts))
            .As(TestUsers.Anna)
            .Send("actions")
            .AssertCard(card => Assert.Equal("1. Guest checkout ● 3 votes", card.Texts[2]))
            .Click("Save action items", ("owner0", TestUsers.Chloe.Id), ("due0", "2026-12-01"))
            .AssertInvokeCard(card => Assert.Contains("✓ 1 action item saved.", card.Texts))
            .Then(async h =>
            {
                var workshop = await WorkshopFlowTests.LoadAsync(h, Chat);
                foreach (var format in new[] { CjmBot.Export.ExportFormat.Markdown, CjmBot.Export.ExportFormat.Html })
                {
                    var text = await CjmBot.UnitTests.Export.ExportSamples.TextAsync(format, workshop);
                    Assert.Contains("Guest checkout by default", text, StringComparison.Ordinal);
                    Assert.Contains(format == CjmBot.Export.ExportFormat.Markdown ? "**#1 · ● 3 votes**" : "<strong class=\"votes\">", text, StringComparison.Ordinal);
                    Assert.Contains(TestUsers.Chloe.Name, text, StringComparison.Ordinal);
                    Assert.DoesNotContain(TestUsers.Boris.Name, text, StringComparison.Ordinal);
                    Assert.DoesNotContain(TestUsers.Anna.Name, text, StringComparison.Ordinal);
                }
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task ActionItems_WithoutARoster_OfferTheWorkshopsParticipants()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .WithBarriersAndSolutions()
            .Send("задачи")
            .AssertCard(card =>
            {
                Assert.Equal("Action items", card.Heading);
                var choices = card.Json["body"]!.AsArray().OfType<System.Text.Json.Nodes.JsonObject>()
                    .Where(e => e["type"]!.GetValue<string>() == "ColumnSet")
                    .SelectMany(e => e["columns"]![0]!["items"]![0]!["choices"]!.AsArray())
                    .Select(c => c!["title"]!.GetValue<string>())
                    .Distinct();
                Assert.Equal(["— not now —", "Anna Petrova", "Boris Ivanov", "Chloe Martin"], choices);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Conclude_EveryoneAnswers_AndSavingAgainReplacesOnlyTheirOwn()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .WithBarriersAndSolutions()
            .Send("выводы")
            .AssertCard(card =>
            {
                Assert.Equal("Conclusions", card.Heading);
                Assert.Equal(["conclusionProductDirection", "conclusionInteractionAndBusinessModel", "conclusionKpiChanges"], card.InputIds);
                Assert.Contains("Are the way we interact with the customer and the business model right?", card.Texts);
            })
            .As(TestUsers.Boris)
            .Click("Save conclusions", ("conclusionProductDirection", "Make checkout a one-pager"), ("conclusionKpiChanges", "Track drop-off per step"))
            .AssertInvokeCard(card => Assert.Contains("✓ 2 conclusions saved.", card.Texts))
            .As(TestUsers.Chloe)
            .Click("Save conclusions", ("conclusionProductDirection", "Guest checkout first"))
            .AssertInvokeCard(card => Assert.Contains("✓ 1 conclusion saved.", card.Texts))
            .As(TestUsers.Boris)
            .Click("Save conclusions", ("conclusionProductDirection", "  "))
            .AssertInvokeCard(card => Assert.Contains("Write at least one conclusion. Nothing was saved.", card.Texts))
            .Click("Save conclusions", ("conclusionProductDirection", "One-page checkout, guest by default"))
            .AssertInvokeCard(card => Assert.Contains("✓ 1 conclusion saved.", card.Texts))
            .AssertNoMoreReplies()
            .Then(async h =>
            {
                var workshop = await WorkshopFlowTests.LoadAsync(h, Chat);
                Assert.Equal(4, workshop.Decisions.ConclusionRecords.Count);
                Assert.Equal(
                    [
                        (ConclusionTopic.ProductDirection, "Boris Ivanov", "One-page checkout, guest by default"),
                        (ConclusionTopic.ProductDirection, "Chloe Martin", "Guest checkout first"),
                        (ConclusionTopic.KpiChanges, "Boris Ivanov", "Track drop-off per step"),
                    ],
                    workshop.Conclusions.Select(c => (c.Topic, c.Author.Name, c.Text)));
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task RussianWorkshop_VotingAndConclusions_SpeakRussian()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .In(Chat)
            .Send("новый")
            .AssertCard(card => Assert.Equal("Новая карта пути клиента", card.Heading))
            .Click("Начать воркшоп",
                ("title", "Путь покупателя"), ("product", "Интернет-магазин"), ("goal", "Понять, почему бросают корзину"),
                ("template", "Custom"), ("customStages", "Поиск\nПокупка"), ("segments", "Владелец магазина: 5 сотрудников"), ("language", "ru"))
            .AssertInvokeCard(card => Assert.Equal("Воркшоп начался", card.Heading))
            .AssertLiveMap("Карта пути клиента")
            .AssertQuestion("Какая цель у клиента на этом этапе?")
            .Send("голосование")
            .AssertReply("На карте ещё нет барьеров и решений, голосовать не за что.")
            .SendLater("дальше").AssertQuestion("Какие точки касания с компанией на этом этапе?")
            .SendLater("дальше").AssertQuestion("Какие эмоции возникают у клиента?")
            .SendLater("дальше").AssertQuestion("Какие барьеры стоят перед клиентом?")
            .As(TestUsers.Boris).Send("Скрытая стоимость доставки")
            .As(TestUsers.Anna)
            .Send("голосование 2")
            .AssertReplyContains("🗳 Голосование точками открыто: 2 голоса на человека в каждом сегменте.")
            .AssertCard(card =>
            {
                Assert.Equal("Голосование точками · Владелец магазина", card.Heading);
                Assert.Contains("1. Барьеры · Поиск: Скрытая стоимость доставки", card.Texts);
            })
            .As(TestUsers.Boris)
            .Click("Сохранить мои голоса", ("vote0", "5"))
            .AssertInvokeCard(card => Assert.Contains("Это 5 голосов, а у вас 2 в этом сегменте. Ничего не изменено: уберите лишние и сохраните снова.", card.Texts))
            .Click("Сохранить мои голоса", ("vote0", "2"))
            .AssertInvokeCard(card => Assert.Contains("✓ Ваши голоса сохранены: использовано 2 из 2, осталось 0.", card.Texts))
            .As(TestUsers.Anna)
            .Send("голосование закрыть")
            .AssertCard(card =>
            {
                Assert.Equal("Голосование закрыто", card.Heading);
                Assert.Contains("Проголосовали: 1 человек.", card.Texts);
                Assert.Contains("#1 ● 2 голоса Скрытая стоимость доставки", card.Texts);
            })
            .AssertLiveMap("Карта пути клиента")
            .Send("задачи")
            .AssertReply("На карте ещё нет решений, назначать нечего.")
            .Send("выводы")
            .AssertCard(card => Assert.Contains("Что изменить, чтобы достичь KPI?", card.Texts))
            .StartTestAsync();
    }

    private static TeamsChannelAccount Member(TestUser user) => new() { Id = user.Id, Name = user.Name, AadObjectId = user.AadObjectId };
}

/// <summary>The state most voting stories start from.</summary>
internal static class VotingScript
{
    /// <summary>
    /// In the group chat, Anna starts a workshop and moves to the barriers, where Boris and Chloe name two, then to the
    /// solutions, where they propose two. Anna is the one speaking afterwards.
    /// </summary>
    public static TestFlow WithBarriersAndSolutions(this TestFlow flow, bool anonymous = false) =>
        flow.In(TestConversation.GroupChat)
            .StartTwoStageWorkshop(anonymous: anonymous ? "true" : "false")
            .SendLater("next").AssertQuestion("Where does the customer meet us at this stage?")
            .SendLater("next").AssertQuestion("What does the customer feel here?")
            .SendLater("next").AssertQuestion("What stops or frustrates the customer?")
            .As(TestUsers.Boris).Send("Delivery cost is hidden")
            .As(TestUsers.Chloe).Send("Checkout asks too much")
            .As(TestUsers.Anna).SendLater("next").AssertQuestion("What would remove these barriers?")
            .As(TestUsers.Boris).Send("Show delivery cost upfront")
            .As(TestUsers.Chloe).Send("Guest checkout")
            .As(TestUsers.Anna)
            .AssertNoMoreReplies();
}
