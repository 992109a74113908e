using CjmBot.Workshops;
using CjmBot.Testing;
using CjmBot.Workshops.Contributions;
using CjmBot.Workshops.Progress;
using CjmBot.Workshops.Questions;
using Xunit;
using Xunit.Abstractions;

namespace CjmBot.UnitTests.Bot.Workshops;

public sealed class WorkshopFlowTests(ITestOutputHelper output)
{
    private const string GuidanceNote = "Every stage of every segment is done; answers and insights are still welcome. "
        + "Next, for facilitators: vote on the solutions, turn the top ones into action items, ask for conclusions, export.";

    [Fact]
    public async Task TwoStageWorkshop_TwoSegments_RunsEveryQuestionInOrderThenFinishes()
    {
        await using var host = BotTestHost.Create(output);
        var flow = host.Flow().StartTwoStageWorkshop(segments: WorkshopScript.TwoSegments);
        string[] prompts =
        [
            "What is the customer's goal at this stage?",
            "Where does the customer meet us at this stage?",
            "What does the customer feel here?",
            "What stops or frustrates the customer?",
            "What would remove these barriers?",
            "Which channels can reach the customer here?",
        ];
        var first = true;
        foreach (var segment in new[] { "Small shop owner", "IT manager" })
        {
            foreach (var stage in new[] { "Stage 1/2: Search", "Stage 2/2: Purchase" })
            {
                foreach (var prompt in prompts)
                {
                    if (segment == "IT manager" && stage.Contains("Search", StringComparison.Ordinal) && prompt == prompts[0])
                    {
                        flow = flow.AssertReplyContains("Segment “Small shop owner” is mapped. Next segment: “IT manager”.");
                    }

                    if (!first)
                    {
                        flow = flow.AssertQuestion(prompt, segment + " · " + stage);
                    }

                    first = false;
                    flow = flow.Send((prompt == prompts[2] ? "+1 " : "") + "Answer to " + prompt).AssertReplyContains("✓ Recorded"); // alone in a personal chat: the answer moves on
                }
            }
        }

        await flow
            .AssertCard(card => Assert.Equal(["All questions asked", GuidanceNote, "1. Vote", "2. Action items", "3. Conclusions", "4. Export", "Map"], [.. card.Texts, .. card.Buttons.Select(b => b.Title)]))
            .Send("A late answer") // after the last question answers are still welcome
            .AssertReply("✓ Recorded: Channels · Purchase")
            .SendLater("next")
            .AssertReply("All questions were already asked.")
            .Then(async h =>
            {
                var id = await h.Workshops.GetActiveWorkshopIdAsync(TestConversation.Personal.Id, CancellationToken.None);
                var workshop = (await h.Workshops.LoadAsync(id!, CancellationToken.None))!;
                Assert.Equal(WorkshopStatus.Finished, workshop.Progress.Status);
                Assert.Equal((2 * 2 * 6) + 1, workshop.Answers.Count);
                Assert.Equal(2 * 2 * 6, workshop.Answers.Select(a => (a.SegmentId, a.StageIndex, a.Question)).Distinct().Count());
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task RussianWorkshop_CommandsAndAnswersInRussian_RunsInRussian()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .WithLocale("ru-RU")
            .Send("новый")
            .AssertCard(card => Assert.Equal("Новая карта пути клиента", card.Heading))
            .Click("Начать воркшоп",
                ("title", "Путь покупателя"),
                ("product", "Интернет-магазин"),
                ("goal", "Понять, почему бросают корзину"),
                ("template", "Lifecycle"),
                ("segments", "Владелец магазина: 5 сотрудников"),
                ("language", "ru"))
            .AssertInvokeCard(card =>
            {
                Assert.Equal("Воркшоп начался", card.Heading);
                Assert.Contains(card.Texts, t => t.Contains("Осведомлённость", StringComparison.Ordinal));
            })
            .AssertLiveMap("Карта пути клиента")
            .AssertQuestion("Какая цель у клиента на этом этапе?", "Этап 1/5: Осведомлённость")
            .Send("Найти надёжного поставщика #интервью")
            .AssertReply("✓ Записано: Цель · Осведомлённость") // alone in a personal chat: the answer moves on
            .AssertQuestion("Какие точки касания с компанией на этом этапе?")
            .Send("статус")
            .AssertReply(reply => Assert.Contains("Ответов: 1", reply.Text, StringComparison.Ordinal))
            .Then(async h =>
            {
                var workshop = await LoadAsync(h);
                Assert.Equal(EvidenceSource.Interview, workshop.Answers.Single().Source);
                Assert.Equal("Найти надёжного поставщика", workshop.Answers.Single().Text);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Answers_ByCardAndByText_SeveralPerPerson_AreAllRecordedAgainstTheQuestion()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .In(TestConversation.Channel)
            .StartTwoStageWorkshop()
            .Click("Send answer", ("answer", "Compare prices quickly"), ("source", "Analytics"))
            .AssertInvokeCard(card => Assert.Contains(card.Texts, t => t.StartsWith("✓ Recorded: Goal · Search", StringComparison.Ordinal)))
            .As(TestUsers.Boris)
            .Send("Find a delivery date that works")
            .Send("Avoid registering an account")
            .AssertNoMoreReplies() // in a channel the live map acknowledges typed answers, not a reply each
            .RunSchedulerAfter(TimeSpan.FromSeconds(1.2))
            .AssertCardUpdate(card => Assert.Contains("Goal (3)", card.Texts))
            .Then(async h =>
            {
                var workshop = await LoadAsync(h, TestConversation.Channel);
                Assert.Equal(3, workshop.Answers.Count);
                Assert.All(workshop.Answers, answer => Assert.Equal(QuestionKey.Goal, answer.Question));
                Assert.Equal(2, workshop.Answers.Count(answer => answer.Author.Id == TestUsers.Boris.Id));
                Assert.Equal(EvidenceSource.Analytics, workshop.Answers.Single(a => a.Author.Id == TestUsers.Anna.Id).Source);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Emotions_ScoreFromTextOrCard_IsRecordedAndOutOfRangeRefused()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .StartTwoStageWorkshop()
            .SendLater("next").AssertQuestion("Where does the customer meet us at this stage?")
            .SendLater("next").AssertCard(card =>
            {
                Assert.Equal("What does the customer feel here?", card.Texts[1]);
                Assert.Contains("score", card.InputIds);
            })
            .KeepCard("emotions")
            .Send("+5 ecstatic")
            .AssertCard(card => Assert.Equal(["The score must be from -2 to +2. Nothing was recorded.", "Which score goes with your answer?", "“ecstatic”"], card.Texts))
            .Send("-1 confused by the delivery options")
            .AssertReply("✓ Recorded: Emotions · Search")
            .AssertQuestion("What stops or frustrates the customer?") // alone in a personal chat: the answer moves on
            .UseCard("emotions")
            .Click("Send answer", ("answer", "Relieved when it worked"), ("score", "2"))
            .AssertInvokeCard(card => Assert.Contains(card.Texts, t => t.StartsWith("✓ Recorded", StringComparison.Ordinal)))
            .Then(async h =>
            {
                var workshop = await LoadAsync(h);
                Assert.Equal([-1, 2], workshop.Answers.Select(a => a.Score!.Value).ToArray());
                Assert.Equal("confused by the delivery options", workshop.Answers[0].Text);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task BadAnswers_EmptyTooLongOrClosed_GetClearMessagesAndNothingRecordedIsLost()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .StartTwoStageWorkshop()
            .Send("A good first answer")
            .AssertReplyContains("✓ Recorded")
            .AssertQuestion("Where does the customer meet us at this stage?")
            .Click("Send answer", ("answer", "   "))
            .AssertInvokeCard(card => Assert.Contains("Your answer is empty, so nothing was recorded.", card.Texts))
            .Send(new string('x', 2001))
            .AssertReplyContains("Your answer has 2,001 characters; the limit is 2,000. Nothing was recorded")
            .Click("Send answer", ("answer", new string('y', 2500)))
            .AssertInvokeCard(card => Assert.Contains(card.Texts, t => t.StartsWith("Your answer has 2,500 characters", StringComparison.Ordinal)))
            .Send("close")
            .AssertReplyContains("Workshop closed")
            .Send("An answer after closing")
            .AssertReplyContains("This workshop is closed, so answers are not recorded.")
            .Then(async h => Assert.Equal(["A good first answer"], (await LoadAsync(h)).Answers.Select(a => a.Text).ToArray()))
            .Send("reopen")
            .AssertReplyContains("Workshop reopened")
            .AssertQuestion("Where does the customer meet us at this stage?")
            .Send("Now it is taken")
            .AssertReplyContains("✓ Recorded")
            .Then(async h => Assert.Equal(2, (await LoadAsync(h)).Answers.Count))
            .StartTestAsync();
    }

    [Fact]
    public async Task SameActivityDeliveredTwice_IsRecordedOnceAndAnsweredOnce()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .StartTwoStageWorkshop()
            .Send("Compare prices")
            .AssertReplyContains("✓ Recorded")
            .AssertQuestion("Where does the customer meet us at this stage?")
            .Redeliver()
            .AssertNoMoreReplies()
            .Click("Send answer", ("answer", "Read reviews"))
            .AssertInvokeCard(card => Assert.Contains(card.Texts, t => t.StartsWith("✓ Recorded", StringComparison.Ordinal)))
            .Redeliver()
            .Then(async h => Assert.Equal(2, (await LoadAsync(h)).Answers.Count))
            .StartTestAsync();
    }

    [Fact]
    public async Task EditAndUndo_ChangeOnlyTheAuthorsLastAnswer_AndKeepTheHistory()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .In(TestConversation.GroupChat)
            .StartTwoStageWorkshop()
            .Send("Compare prise")
            .As(TestUsers.Boris)
            .Send("Check delivery")
            .AssertNoMoreReplies()
            .As(TestUsers.Anna)
            .Send("edit Compare prices")
            .AssertReplyContains("Your last answer now reads: “Compare prices”")
            .As(TestUsers.Boris)
            .Send("undo")
            .AssertReplyContains("Your last answer was removed: “Check delivery”")
            .Send("undo")
            .AssertReply("You have no answer in this workshop to change.")
            .Then(async h =>
            {
                var workshop = await LoadAsync(h, TestConversation.GroupChat);
                Assert.Equal(["Compare prices"], workshop.Answers.Select(a => a.Text).ToArray());
                Assert.True(workshop.Answers[0].Edited);
                Assert.Equal(4, workshop.Contributions.Count); // two answers, one edit, one deletion: nothing overwritten
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Insights_ByCommandAndByCard_AreFiledAgainstCurrentSegmentAndStage()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .StartTwoStageWorkshop()
            .Send("insight People compare us with marketplaces")
            .AssertReply("💡 Insight noted.")
            .Click("Save as insight", ("answer", "Delivery cost surprises people"))
            .AssertInvokeCard(card => Assert.Contains(card.Texts, t => t.StartsWith("💡 Insight noted.", StringComparison.Ordinal)))
            .Send("insight")
            .AssertReplyContains("Write the insight after the command")
            .Then(async h =>
            {
                var workshop = await LoadAsync(h);
                Assert.Equal(2, workshop.Insights.Count);
                Assert.All(workshop.Insights, insight => Assert.Equal(("s1", 0), (insight.SegmentId, insight.StageIndex!.Value)));
                Assert.Empty(workshop.Answers);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task StatusAndMap_ShowWhereTheWorkshopStandsAndWhatWasSaid()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .StartTwoStageWorkshop()
            .Send("Compare prices **fast** [click](http://evil.example)")
            .AssertReplyContains("✓ Recorded")
            .AssertQuestion("Where does the customer meet us at this stage?")
            .Send("status")
            .AssertReply(reply =>
            {
                Assert.Contains("**Checkout journey**: running", reply.Text, StringComparison.Ordinal);
                Assert.Contains("Stage 1/2: Search · Question 2/6", reply.Text, StringComparison.Ordinal);
                Assert.Contains("1 answer, 0 insights so far.", reply.Text, StringComparison.Ordinal);
            })
            .Send("map")
            .AssertCard(card =>
            {
                Assert.Equal("Customer journey map", card.Heading);
                Assert.Contains("• Compare prices **fast** [click](http://evil.example) — Anna Petrova", card.Texts);
                Assert.Contains(card.Texts, t => t.Contains("◀ now", StringComparison.Ordinal));
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task NewWorkshop_WhileOneRuns_IsRefusedUntilItIsClosed()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .StartTwoStageWorkshop()
            .Send("new")
            .AssertReplyContains("A workshop is already running here: **Checkout journey**")
            .Send("close")
            .AssertReplyContains("Workshop closed")
            .Send("new")
            .AssertCard(card => Assert.Equal("New customer journey map", card.Heading))
            .StartTestAsync();
    }

    [Fact]
    public async Task Setup_InvalidForm_ShowsEveryProblemAndKeepsWhatWasTyped()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .Send("new")
            .AssertCard(card => Assert.Equal("New customer journey map", card.Heading))
            .Click("Start workshop",
                ("title", "Checkout"),
                ("product", ""),
                ("goal", "Find drop-offs"),
                ("template", "Custom"),
                ("customStages", "Only one"),
                ("segments", ": no name"),
                ("timebox", "500"))
            .AssertInvokeCard(card =>
            {
                Assert.Contains("Please fix 4 things:", card.Texts);
                Assert.Contains("• Product or service: please fill it in.", card.Texts);
                Assert.Contains("• Stages: between 2 and 10.", card.Texts);
                Assert.Contains("• Segments: every line needs a name before the colon.", card.Texts);
                Assert.Contains("• Timebox: a whole number of minutes from 1 to 120, or empty.", card.Texts);
                Assert.Equal("Checkout", card.Json["body"]!.AsArray().First(e => (string?)e!["id"] == "title")!["value"]!.GetValue<string>());
            })
            .Then(async h => Assert.Null(await h.Workshops.GetActiveWorkshopIdAsync(TestConversation.Personal.Id, CancellationToken.None)))
            .Click("Cancel")
            .AssertInvokeCard(card => Assert.StartsWith("Workshop setup cancelled.", card.Heading, StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task Copy_StartsTheNextVersionWithTheSameFrameAndFreshAnswers()
    {
        await using var host = BotTestHost.Create(output);
        string? firstId = null;
        await host.Flow()
            .StartTwoStageWorkshop(segments: WorkshopScript.TwoSegments)
            .Send("An answer in version 1")
            .AssertReplyContains("✓ Recorded")
            .AssertQuestion("Where does the customer meet us at this stage?")
            .Then(async h => firstId = await h.Workshops.GetActiveWorkshopIdAsync(TestConversation.Personal.Id, CancellationToken.None))
            .Send("copy")
            .AssertReplyContains("Copied as version 2 of the map")
            .AssertCard(card => Assert.Equal("Workshop started · v2", card.Heading))
            .AssertLiveMap("Customer journey map · v2")
            .AssertQuestion("What is the customer's goal at this stage?")
            .Then(async h =>
            {
                var copy = await LoadAsync(h);
                var original = (await h.Workshops.LoadAsync(firstId!, CancellationToken.None))!;
                Assert.Equal(2, copy.Frame.Version);
                Assert.Equal(firstId, copy.Frame.CopiedFromId);
                Assert.Equal(original.Frame.Segments, copy.Frame.Segments);
                Assert.Equal(original.Frame.Stages, copy.Frame.Stages);
                Assert.Empty(copy.Answers);
                Assert.Single(original.Answers);
                Assert.Equal(WorkshopStatus.Closed, original.Progress.Status);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task HelpCardButton_PostsTheSetupFormUnderTheHelpCard()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .Send("help")
            .AssertCard(card => Assert.Equal("CjmBot commands", card.Heading))
            .Click("Start a workshop")
            .AssertInvokeMessage("✓")
            .AssertCard(card => Assert.Equal("New customer journey map", card.Heading))
            .ClickAsSubmit("Start workshop", ("title", "T"), ("product", "P"), ("goal", "G"), ("segments", "S"))
            .AssertCardUpdate(card => Assert.Equal("Workshop started", card.Heading))
            .AssertLiveMap()
            .AssertQuestion("What is the customer's goal at this stage?")
            .AssertNoMoreReplies()
            .StartTestAsync();
    }

    internal static async Task<CjmBot.Workshops.WorkshopSnapshot> LoadAsync(BotTestHost host, TestConversation? conversation = null)
    {
        var key = (conversation ?? TestConversation.Personal).Id.Split(";messageid=")[0];
        var id = await host.Workshops.GetActiveWorkshopIdAsync(key, CancellationToken.None) ?? throw new InvalidOperationException("No workshop.");
        return (await host.Workshops.LoadAsync(id, CancellationToken.None))!;
    }
}
