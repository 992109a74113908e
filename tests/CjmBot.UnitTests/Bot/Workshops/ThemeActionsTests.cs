using CjmBot.Testing;
using CjmBot.Workshops.Questions;
using Xunit;
using Xunit.Abstractions;

namespace CjmBot.UnitTests.Bot.Workshops;

/// <summary>The themes card's actions: the facilitator accepts, renames, merges, moves, splits and resets; the card updates in place.</summary>
public sealed class ThemeActionsTests(ITestOutputHelper output)
{
    [Fact]
    public async Task AcceptAll_StoresTheThemes_ANewAnswerIsSuggestedIntoOne_AndAcceptingTheSuggestionAddsIt()
    {
        await using var host = BotTestHost.Create(output);
        await FourBarriers(host)
            .Send("themes")
            .AssertCard(card =>
            {
                Assert.Contains("Delivery · 2 answers", card.Texts);
                Assert.Contains("Checkout · 2 answers", card.Texts);
                Assert.Contains(card.Buttons, button => button.Title == "Accept “Delivery”");
            })
            .Click("Accept all")
            .AssertInvokeCard(card =>
            {
                output.WriteLine(card.AllText);
                Assert.Equal(
                [
                    "Themes · Barriers",
                    "Accepted themes are saved. New answers that read like one are suggested into it; the rest are proposed as new themes.",
                    "✓ Themes accepted and saved.",
                    "Small shop owner: 4 answers in 2 themes",
                    "✓ Delivery · 2 answers",
                    "• Delivery is too expensive",
                    "• Дорогая доставка",
                    "✓ Checkout · 2 answers",
                    "• Checkout form has too many fields",
                    "• Too many fields in the form",
                    "Theme", "New name", "Merge it into", "Answer", "Move it to",
                ], card.Texts);
            })
            .Redeliver()
            .AssertInvokeCard(card => Assert.Contains("✓ Delivery · 2 answers", card.Texts))
            .Then(async h =>
            {
                var workshop = await WorkshopFlowTests.LoadAsync(h, TestConversation.GroupChat);
                var record = Assert.Single(workshop.ThemeRecords);
                Assert.Equal(QuestionKey.Barriers, record.Lane);
                Assert.Equal(["Delivery", "Checkout"], record.Themes.Select(theme => theme.Label));

                // Ids only: the answers' words stay in the answers.
                Assert.All(record.Themes.SelectMany(theme => theme.AnswerIds), id => Assert.Contains(workshop.Answers, answer => answer.Id == id));
            })
            .As(TestUsers.Boris).Send("стоимость доставки слишком высокая")
            .As(TestUsers.Anna).Send("themes")
            .AssertCard(card =>
            {
                Assert.Contains("New answers that read like an accepted theme:", card.Texts);
                Assert.Contains("• стоимость доставки слишком высокая — suggested: Delivery", card.Texts);
            })
            .Click("Accept suggestions")
            .AssertInvokeCard(card =>
            {
                Assert.Contains("✓ Suggestions accepted.", card.Texts);
                Assert.Contains("✓ Delivery · 3 answers", card.Texts);
                Assert.DoesNotContain("New answers that read like an accepted theme:", card.Texts);
            })
            .Send("map")
            .AssertCard(card =>
            {
                Assert.StartsWith("Customer journey map", card.Heading, StringComparison.Ordinal);
                Assert.Contains("Themes · Barriers: Delivery (3) · Checkout (2)", card.Texts);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task AcceptOne_Rename_Merge_Split_Move_Reset_EachUpdatesTheCardInPlace()
    {
        await using var host = BotTestHost.Create(output);
        await FourBarriers(host)
            .Send("themes")
            .AssertCard(_ => { })
            .Click("Accept “Delivery”")
            .AssertInvokeCard(card =>
            {
                Assert.Contains("✓ Theme accepted and saved.", card.Texts);
                Assert.Contains("✓ Delivery · 2 answers", card.Texts);
                Assert.Contains("Not in a theme yet, proposed:", card.Texts);
                Assert.Contains("Checkout · 2 answers", card.Texts);
            })
            .Click("Accept “Checkout”")
            .AssertInvokeCard(card => Assert.Contains("✓ Checkout · 2 answers", card.Texts))
            .Click("Rename", card => [("theme0", card.ChoiceValue("theme0", "Delivery")), ("label0", "  ")])
            .AssertInvokeCard(card => Assert.Contains("Type the new name first. Nothing was changed.", card.Texts))
            .Click("Rename", card => [("theme0", card.ChoiceValue("theme0", "Delivery")), ("label0", "Shipping cost")])
            .AssertInvokeCard(card =>
            {
                Assert.Contains("✓ Theme renamed.", card.Texts);
                Assert.Contains("✓ Shipping cost · 2 answers", card.Texts);
            })
            .Click("Merge", card => [("theme0", card.ChoiceValue("theme0", "Checkout")), ("into0", card.ChoiceValue("into0", "Shipping cost"))])
            .AssertInvokeCard(card =>
            {
                Assert.Contains("✓ Themes merged.", card.Texts);
                Assert.Contains("Small shop owner: 4 answers in 1 theme", card.Texts);
                Assert.Contains("✓ Shipping cost · 4 answers", card.Texts);
            })
            .Click("Split off", card => [("answer0", card.ChoiceValue("answer0", "Too many fields in the form"))])
            .AssertInvokeCard(card =>
            {
                output.WriteLine(card.AllText);
                Assert.Contains("✓ Answer split off into a theme of its own.", card.Texts);
                Assert.Contains("✓ Shipping cost · 3 answers", card.Texts);
                Assert.Contains("Small shop owner: 4 answers in 2 themes", card.Texts);
            })
            .Click("Move", card =>
            [
                ("answer0", card.ChoiceValue("answer0", "Checkout form has too many fields")),
                ("target0", card.ChoiceValue("target0", "Fields")),
            ])
            .AssertInvokeCard(card =>
            {
                Assert.Contains("✓ Answer moved.", card.Texts);
                Assert.Contains("✓ Shipping cost · 2 answers", card.Texts);
                Assert.Contains("✓ Fields · 2 answers", card.Texts);
            })
            .Click("Move", card =>
            [
                ("answer0", card.ChoiceValue("answer0", "Checkout form has too many fields")),
                ("target0", card.ChoiceValue("target0", "Fields")),
            ])
            .AssertInvokeCard(card => Assert.Contains("It is already there. Nothing was changed.", card.Texts))
            .Click("Back to the proposal")
            .AssertInvokeCard(card =>
            {
                Assert.Contains("↩ Back to the proposal: nothing is accepted in this segment now.", card.Texts);
                Assert.Contains("Proposed from the answers so far, across all stages, by grouping answers that say the same thing. Nothing is saved.", card.Texts);
                Assert.Contains("Delivery · 2 answers", card.Texts);
            })
            .Then(async h =>
            {
                var workshop = await WorkshopFlowTests.LoadAsync(h, TestConversation.GroupChat);
                Assert.Equal(7, workshop.ThemeRecords.Count);
                Assert.False(workshop.Themes.HasAccepted(QuestionKey.Barriers));
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task AParticipantsClick_AndAClickOnAnOlderCard_ChangeNothing()
    {
        await using var host = BotTestHost.Create(output);
        await FourBarriers(host)
            .Send("themes")
            .AssertCard(_ => { })
            .KeepCard("first")
            .As(TestUsers.Boris).Click("Accept all")
            .AssertInvokeMessage("Sorry, only the facilitators (Anna Petrova) can do that. Nothing was changed.")
            .As(TestUsers.Anna).Click("Accept “Delivery”")
            .AssertInvokeCard(card => Assert.Contains("✓ Delivery · 2 answers", card.Texts))
            .Send("themes")
            .AssertCard(_ => { })
            .UseCard("first")
            .Click("Accept all")
            .AssertInvokeCard(card =>
            {
                Assert.Contains("The themes changed since this card was drawn; here they are as they stand now. Nothing was changed.", card.Texts);
                Assert.Contains("✓ Delivery · 2 answers", card.Texts);
                Assert.Contains("Checkout · 2 answers", card.Texts);
            })
            .Then(async h => Assert.Single((await WorkshopFlowTests.LoadAsync(h, TestConversation.GroupChat)).ThemeRecords))
            .StartTestAsync();
    }

    [Fact]
    public async Task TwoClicksOnTheSameCardAtOnce_OnlyOneTakesEffect()
    {
        await using var host = BotTestHost.Create(output);
        await FourBarriers(host)
            .Send("themes")
            .AssertCard(_ => { })
            .ClickTogether("Accept “Delivery”", [TestUsers.Anna, TestUsers.Anna], deliveries: 2)
            .Then(async h =>
            {
                var workshop = await WorkshopFlowTests.LoadAsync(h, TestConversation.GroupChat);
                Assert.Single(workshop.ThemeRecords);
                Assert.Equal("Delivery", Assert.Single(workshop.Themes.Accepted("s1", QuestionKey.Barriers)).Label);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task RussianWorkshop_AcceptRenameReset_InRussian()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow().In(TestConversation.GroupChat).StartRussianWorkshop()
            .As(TestUsers.Boris).Send("Быстро найти нужный товар")
            .As(TestUsers.Chloe).Send("Найти товар быстро")
            .As(TestUsers.Boris).Send("Сравнить цены")
            .As(TestUsers.Chloe).Send("Сравнить цены в разных магазинах")
            .As(TestUsers.Anna).Send("темы цель")
            .AssertCard(card =>
            {
                output.WriteLine(card.AllText);
                Assert.Equal("Темы · Цель", card.Heading);
                Assert.Contains(card.Buttons, button => button.Title == "Принять все");
            })
            .Click("Принять все")
            .AssertInvokeCard(card =>
            {
                output.WriteLine(card.AllText);
                Assert.Contains("✓ Темы приняты и сохранены.", card.Texts);
                Assert.Contains("Владелец магазина: 4 ответа в 2 темах", card.Texts);
                Assert.Contains("Новое название", card.Texts);
            })
            .KeepCard("themes")
            .Send("карта")
            .AssertCard(card => Assert.Contains("Темы · Цель: Найти (2) · Цены (2)", card.Texts))
            .UseCard("themes")
            .Click("Переименовать", card => [("theme0", card.ChoiceValue("theme0", "Найти")), ("label0", new string('д', 81))])
            .AssertInvokeCard(card => Assert.Contains("Название темы — не длиннее 80 символов. Ничего не изменено.", card.Texts))
            .Click("Переименовать", card => [("theme0", card.ChoiceValue("theme0", "Найти")), ("label0", "Поиск товара")])
            .AssertInvokeCard(card =>
            {
                Assert.Contains("✓ Тема переименована.", card.Texts);
                Assert.Contains("✓ Поиск товара · 2 ответа", card.Texts);
            })
            .Click("Вернуться к предложению")
            .AssertInvokeCard(card => Assert.Contains("↩ Снова предложение: в этом сегменте пока ничего не принято.", card.Texts))
            .StartTestAsync();
    }

    /// <summary>A group chat workshop at its first barriers question with two pairs of answers that say the same thing.</summary>
    internal static TestFlow FourBarriers(BotTestHost host) =>
        host.Flow().In(TestConversation.GroupChat).StartTwoStageWorkshop()
            .As(TestUsers.Anna)
            .SendLater("next").AssertQuestion("Where does the customer meet us at this stage?")
            .SendLater("next").AssertQuestion("What does the customer feel here?")
            .SendLater("next").AssertQuestion("What stops or frustrates the customer?")
            .As(TestUsers.Boris).Send("Delivery is too expensive")
            .As(TestUsers.Chloe).Send("Дорогая доставка")
            .As(TestUsers.Boris).Send("Checkout form has too many fields")
            .As(TestUsers.Chloe).Send("Too many fields in the form")
            .As(TestUsers.Anna);
}
