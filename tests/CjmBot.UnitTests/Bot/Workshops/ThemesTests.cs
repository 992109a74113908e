using CjmBot.Testing;
using CjmBot.Workshops.Questions;
using Xunit;
using Xunit.Abstractions;

namespace CjmBot.UnitTests.Bot.Workshops;

/// <summary>The facilitator's <c>themes</c>: a lane's answers from every stage grouped per segment, as the group chat sees it.</summary>
public sealed class ThemesTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Themes_MixedLanguageBarriersFromBothStages_ShowsTheGroupedThemesWithCounts()
    {
        await using var host = BotTestHost.Create(output);
        var search = AtBarriers(host.Flow().In(TestConversation.GroupChat).StartTwoStageWorkshop(WorkshopScript.TwoSegments))
            .As(TestUsers.Boris).Send("Delivery is too expensive")
            .As(TestUsers.Chloe).Send("Дорогая доставка")
            .As(TestUsers.Boris).Send("Checkout form has too many fields")
            .As(TestUsers.Chloe).Send("Too many fields in the form")
            .As(TestUsers.Anna)
            .Send("goto Purchase").AssertQuestion("What is the customer's goal at this stage?", "Stage 2/2: Purchase");
        await AtBarriers(search)
            .As(TestUsers.Boris).Send("стоимость доставки слишком высокая")
            .As(TestUsers.Anna)
            .Send("themes")
            .AssertCard(card =>
            {
                output.WriteLine(string.Join("\n", card.Texts));
                Assert.Equal("Themes · Barriers", card.Heading);
                Assert.Equal(
                [
                    "Themes · Barriers",
                    "Proposed from the answers so far, across all stages, by grouping answers that say the same thing. Nothing is saved.",
                    "Small shop owner: 5 answers in 2 themes",
                    "Delivery · 3 answers",
                    "• Delivery is too expensive",
                    "• Дорогая доставка",
                    "• стоимость доставки слишком высокая",
                    "Checkout · 2 answers",
                    "• Checkout form has too many fields",
                    "• Too many fields in the form",
                    "IT manager",
                    "No answers in this lane yet.",
                ], card.Texts);
            })
            .AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Fact]
    public async Task Themes_FromAParticipant_IsPolitelyRefused()
    {
        await using var host = BotTestHost.Create(output);
        await AtBarriers(host.Flow().In(TestConversation.GroupChat).StartTwoStageWorkshop())
            .As(TestUsers.Boris).Send("Delivery is too expensive")
            .Send("themes")
            .AssertReply("Sorry, only the facilitators (Anna Petrova) can do that. Nothing was changed.")
            .Send("themes solutions")
            .AssertReply("Sorry, only the facilitators (Anna Petrova) can do that. Nothing was changed.")
            .AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Fact]
    public async Task Themes_NoAnswersYet_SaysSo()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .In(TestConversation.GroupChat)
            .StartTwoStageWorkshop()
            .Send("themes")
            .AssertReply("There are no answers in “Barriers” yet, so there are no themes to propose. Ask again once the group has answered.")
            .Send("themes solutions")
            .AssertReply("There are no answers in “Solutions” yet, so there are no themes to propose. Ask again once the group has answered.")
            .AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Fact]
    public async Task ThemesFollowedByOtherWords_IsAnAnswerNotTheCommand()
    {
        await using var host = BotTestHost.Create(output);
        await AtBarriers(host.Flow().In(TestConversation.GroupChat).StartTwoStageWorkshop())
            .As(TestUsers.Boris).Send("themes of the emails are unclear")
            .AssertNoMoreReplies()
            .Then(async h =>
            {
                var workshop = await WorkshopFlowTests.LoadAsync(h, TestConversation.GroupChat);
                var answer = Assert.Single(workshop.Answers);
                Assert.Equal(("themes of the emails are unclear", QuestionKey.Barriers), (answer.Text, answer.Question));
            })
            .StartTestAsync();
    }

    /// <summary>From a stage's first question to its barriers question.</summary>
    private static TestFlow AtBarriers(TestFlow flow) =>
        flow.As(TestUsers.Anna)
            .SendLater("next").AssertQuestion("Where does the customer meet us at this stage?")
            .SendLater("next").AssertQuestion("What does the customer feel here?")
            .SendLater("next").AssertQuestion("What stops or frustrates the customer?");
}
