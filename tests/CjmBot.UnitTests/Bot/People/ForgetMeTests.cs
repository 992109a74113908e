using CjmBot.Testing;
using CjmBot.UnitTests.Bot.Workshops;
using CjmBot.Workshops;
using Xunit;
using Xunit.Abstractions;

namespace CjmBot.UnitTests.Bot.People;

/// <summary><c>forget me</c> / <c>забудь меня</c> as conversations: only in a personal chat, confirmed on a card, once.</summary>
public sealed class ForgetMeTests(ITestOutputHelper output)
{
    private static readonly TestConversation BorisChat = TestConversation.PersonalWith(TestUsers.Boris);

    [Fact]
    public async Task ForgetMe_Confirmed_RemovesTheirAnswersKeepsOthersAndGivesAReceipt_Once()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .In(TestConversation.GroupChat)
            .StartTwoStageWorkshop()
            .As(TestUsers.Boris).Send("Prices are hidden until the last step")
            .As(TestUsers.Chloe).Send("Too many steps")
            .As(TestUsers.Boris).In(BorisChat)
            .Send("forget me")
            .AssertCard(card =>
            {
                Assert.Equal(
                    "Forget everything you said? In 1 workshop of this bot your answers, insights, edits, conclusions and invitations are removed; " +
                    "your votes stay only as anonymous counts, and action items you own stay with \"former participant\". The maps are redrawn " +
                    "without you. This cannot be undone.", card.Heading);
                Assert.Equal(["Forget me", "Keep my data"], card.Buttons.Select(button => button.Title));
            })
            .KeepCard("confirmation")
            .Click("Forget me")
            .AssertInvokeCard(card => Assert.Equal("🧹 You are forgotten in 1 workshop. Removed or anonymised:\n\n- answers removed: 1\n\n- saved bot state and card records removed: 1", card.Heading))
            .Then(async h =>
            {
                var workshop = await WorkshopFlowTests.LoadAsync(h, TestConversation.GroupChat);
                Assert.Equal(["Too many steps"], workshop.Answers.Select(answer => answer.Text));
                Assert.Empty(await h.Workshops.ListWorkshopsOfPersonAsync(TestUsers.Boris.Id, CancellationToken.None));
                Assert.Equal([workshop.Frame.Id], await h.Workshops.ListWorkshopsOfPersonAsync(TestUsers.Chloe.Id, CancellationToken.None));
            })
            .UseCard("confirmation")
            .Click("Forget me") // the same card again: its record went with the person, so nothing happens twice
            .AssertInvokeMessage("This confirmation is out of date or was used already. Nothing changed.")
            .StartTestAsync();
    }

    [Fact]
    public async Task ForgetMe_Kept_ChangesNothing()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .In(TestConversation.GroupChat)
            .StartTwoStageWorkshop()
            .As(TestUsers.Boris).Send("Prices are hidden")
            .In(BorisChat)
            .Send("forget me")
            .AssertCard(card => Assert.StartsWith("Forget everything you said? In 1 workshop", card.Heading, StringComparison.Ordinal))
            .Click("Keep my data")
            .AssertInvokeCard(card => Assert.Equal("Nothing was forgotten.", card.Heading))
            .Then(async h => Assert.Equal(["Prices are hidden"], (await WorkshopFlowTests.LoadAsync(h, TestConversation.GroupChat)).Answers.Select(a => a.Text)))
            .StartTestAsync();
    }

    [Fact]
    public async Task ForgetMe_InRussian_ConfirmedOnARussianCard()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .In(TestConversation.GroupChat)
            .StartTwoStageWorkshop()
            .As(TestUsers.Boris).Send("Цены скрыты до последнего шага")
            .Send("insight Люди боятся доплат")
            .AssertReply("💡 Insight noted.")
            .In(BorisChat)
            .Send("забудь меня")
            .AssertCard(card =>
            {
                Assert.StartsWith("Забыть всё, что вы сказали? В 1 воркшопе этого бота будут удалены ваши ответы", card.Heading, StringComparison.Ordinal);
                Assert.Equal(["Забыть меня", "Оставить мои данные"], card.Buttons.Select(button => button.Title));
            })
            .Click("Забыть меня")
            .AssertInvokeCard(card => Assert.Equal(
                "🧹 Вы забыты в 1 воркшопе. Удалено или обезличено:\n\n- удалено ответов: 1\n\n- удалено инсайтов: 1\n\n- удалено записей бота о состоянии и карточках: 1",
                card.Heading))
            .Then(async h => Assert.Empty((await WorkshopFlowTests.LoadAsync(h, TestConversation.GroupChat)).Contributions))
            .StartTestAsync();
    }

    [Theory]
    [InlineData("forget me", "This works only in your personal chat with me, where your own data stays between us: open it and type the command there.")]
    [InlineData("забудь меня", "Это работает только в вашем личном чате со мной, где ваши данные остаются между нами: откройте его и напишите команду там.")]
    public async Task ForgetMe_InAGroupChat_IsRefusedAndNothingChanges(string command, string reply)
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .In(TestConversation.GroupChat)
            .StartTwoStageWorkshop()
            .As(TestUsers.Boris).Send("Prices are hidden")
            .Send(command)
            .AssertReply(reply)
            .Then(async h => Assert.Single((await WorkshopFlowTests.LoadAsync(h, TestConversation.GroupChat)).Answers))
            .StartTestAsync();
    }

    [Theory]
    [InlineData("forget", "Type **forget me** to remove everything you said in this bot's workshops.")]
    [InlineData("забудь", "Напишите **забудь меня**, чтобы удалить всё, что вы сказали в воркшопах этого бота.")]
    public async Task Forget_WithoutMe_SaysHow(string command, string reply)
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .In(BorisChat).As(TestUsers.Boris)
            .Send(command)
            .AssertReply(reply)
            .StartTestAsync();
    }
}
