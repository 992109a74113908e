using CjmBot.Testing;
using CjmBot.Workshops;
using Xunit;
using Xunit.Abstractions;

namespace CjmBot.UnitTests.Bot.Workshops;

/// <summary>
/// Blind rounds: the facilitator runs the current question (<c>blind</c>) or stage (<c>blind stage</c>) blind; answers given
/// on the card are recorded but shown to nobody, on the map or by name, until <c>reveal</c> or the Reveal button, when all
/// appear at once. A typed answer in the shared chat is recorded too, with a word that it could not be hidden.
/// </summary>
public sealed class BlindRoundTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Redraw = TimeSpan.FromSeconds(2);

    private const string HowItWorks = "Answers are recorded but shown to nobody (not on the map, not by name) until a facilitator presses **Reveal** "
        + "or types **reveal**. Answer on the question card: a message typed in the chat is seen by everyone.";

    private const string TypedWarning = "🙈 This question runs blind, but a message typed in the chat is visible to everyone, so I cannot hide it. "
        + "It is recorded. Next time please answer on the question card: nobody else sees what you send there.";

    private const string CardNote = "🙈 Blind round: answers are hidden until a facilitator presses Reveal. Answer here on the card; a message typed in the chat is seen by everyone.";

    [Fact]
    public async Task BlindQuestion_CardAnswersAreHiddenUntilReveal_ThenAllAppearOnTheMap()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .In(TestConversation.GroupChat)
            .StartTwoStageWorkshop()
            .KeepCard("question")
            .Send("blind")
            .AssertCard(card =>
            {
                Assert.Equal(["🙈 **Goal · Search** now runs blind.", HowItWorks], card.Texts);
                Assert.Equal("Reveal", Assert.Single(card.Buttons).Title);
            })
            .RunSchedulerAfter(Redraw)
            .AssertCardUpdate(map => Assert.DoesNotContain(map.Texts, text => text.StartsWith("🙈", StringComparison.Ordinal)))
            .AssertCardUpdate(card => Assert.Equal(["Question 1/6 · No answers yet", CardNote], card.Texts.Skip(3).Take(2)))
            .AssertNoMoreReplies()
            .UseCard("question")
            .As(TestUsers.Boris).Click("Send answer", ("answer", "Find the cheapest offer"))
            .AssertInvokeCard(card =>
            {
                Assert.Contains("✓ Recorded. Hidden from everyone until the reveal.", card.Texts);
                Assert.Contains(CardNote, card.Texts);
                Assert.DoesNotContain("cheapest", card.AllText, StringComparison.Ordinal);
            })
            .UseCard("question")
            .As(TestUsers.Chloe).Click("Send answer", ("answer", "Check delivery dates"))
            .AssertInvokeCard(card => Assert.Contains("✓ Recorded. Hidden from everyone until the reveal.", card.Texts))
            .As(TestUsers.Boris).Send("Read the reviews first")
            .AssertReply(TypedWarning)
            .RunSchedulerAfter(Redraw)
            .AssertCardUpdate(map =>
            {
                Assert.Contains("🙈 3 answers are hidden in blind rounds until the reveal.", map.Texts);
                Assert.DoesNotContain("Goal (", map.AllText, StringComparison.Ordinal);
                Assert.DoesNotContain("cheapest", map.AllText, StringComparison.Ordinal);
            })
            .AssertCountUpdate("Question 1/6 · 3 answers so far")
            .AssertNoMoreReplies()
            .As(TestUsers.Chloe).Send("status")
            .AssertReplyContains("🙈 3 answers are hidden in blind rounds until the reveal.")
            .As(TestUsers.Anna).Send("reveal")
            .AssertReply("👀 Revealed: 3 answers are on the map now.")
            .RunSchedulerAfter(Redraw)
            .AssertCardUpdate(map =>
            {
                Assert.Contains("Goal (3)", map.Texts);
                Assert.Contains(map.Texts, text => text.Contains("Find the cheapest offer", StringComparison.Ordinal));
                Assert.DoesNotContain(map.Texts, text => text.StartsWith("🙈", StringComparison.Ordinal));
            })
            .AssertCountUpdate("Question 1/6 · 3 answers so far", "✓ Answered: Boris Ivanov, Chloe Martin")
            .AssertNoMoreReplies()
            .As(TestUsers.Boris).Send("Ask a friend")
            .AssertNoMoreReplies() // revealed: a typed answer is an ordinary one again
            .StartTestAsync();
    }

    [Fact]
    public async Task RussianBlindStage_TypedAnswerIsWarnedAbout_RevealShowsIt()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .In(TestConversation.GroupChat)
            .WithLocale("ru-RU")
            .StartRussianWorkshop()
            .KeepCard("question")
            .Send("вслепую этап")
            .AssertCard(card => Assert.Equal(
                ["🙈 Этап **Поиск** (Владелец магазина) теперь идёт вслепую: все его вопросы.",
                    "Ответы записываются, но их не видит никто (ни на карте, ни по именам), пока ведущий не нажмёт **Открыть ответы** "
                    + "или не напишет **раскрыть**. Отвечайте в карточке вопроса: сообщение, написанное в чате, видят все."],
                card.Texts))
            .Send("вслепую")
            .AssertReply("Это уже идёт вслепую; **раскрыть** покажет ответы.")
            .As(TestUsers.Boris).Send("Быстро сравнить цены")
            .AssertReply("🙈 Этот вопрос идёт вслепую, но сообщение в чате видят все, и скрыть его я не могу. "
                + "Ответ записан. В следующий раз, пожалуйста, отвечайте в карточке вопроса: там ваш ответ не видит никто другой.")
            .UseCard("question")
            .As(TestUsers.Chloe).Click("Отправить ответ", ("answer", "Узнать сроки доставки"))
            .AssertInvokeCard(card => Assert.Contains("✓ Записано. Скрыто ото всех до раскрытия.", card.Texts))
            .RunSchedulerAfter(Redraw)
            .AssertCardUpdate(map =>
            {
                Assert.Contains("🙈 2 ответа скрыто вслепую до раскрытия.", map.Texts);
                Assert.DoesNotContain("цены", map.AllText, StringComparison.Ordinal);
            })
            .AssertCountUpdate("Вопрос 1/6 · Ответов: 2")
            .As(TestUsers.Anna).Send("раскрыть")
            .AssertReply("👀 Ответы раскрыты: 2 ответа теперь на карте.")
            .Send("раскрыть")
            .AssertReply("Сейчас ничего не идёт вслепую. **вслепую** скрывает ответы на текущий вопрос до раскрытия; **вслепую этап** — ответы всего этапа.")
            .RunSchedulerAfter(Redraw)
            .AssertCardUpdate(map => Assert.Contains(map.Texts, text => text.Contains("Быстро сравнить цены", StringComparison.Ordinal)))
            .AssertCountUpdate("Вопрос 1/6 · Ответов: 2", "✓ Ответили: Boris Ivanov, Chloe Martin")
            .AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Fact]
    public async Task OnlyFacilitators_RunBlindOrReveal_TypedOrByButton()
    {
        await using var host = BotTestHost.Create(output);
        const string refusal = "Sorry, only the facilitators (Anna Petrova) can do that. Nothing was changed.";
        await host.Flow()
            .In(TestConversation.GroupChat)
            .StartTwoStageWorkshop()
            .As(TestUsers.Boris).Send("blind")
            .AssertReply(refusal)
            .Send("blind stage")
            .AssertReply(refusal)
            .As(TestUsers.Anna).Send("blind")
            .AssertCard(card => Assert.Equal("🙈 **Goal · Search** now runs blind.", card.Heading))
            .As(TestUsers.Boris).Click("Reveal")
            .AssertInvokeMessage(refusal)
            .Send("reveal")
            .AssertReply(refusal)
            .Then(async h => Assert.Single((await ActiveAsync(h, TestConversation.GroupChat)).Progress.Blind))
            .As(TestUsers.Anna).Click("Reveal")
            .AssertInvokeMessage("✓")
            .AssertReply("👀 Revealed. Nobody had answered in the blind round.")
            .Then(async h => Assert.Empty((await ActiveAsync(h, TestConversation.GroupChat)).Progress.Blind))
            .StartTestAsync();
    }

    [Fact]
    public async Task BlindStage_TakesInTheBlindQuestion_AndRefusalsSayWhy()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .StartTwoStageWorkshop()
            .Send("reveal")
            .AssertReply("Nothing runs blind now. **blind** hides the current question's answers until you reveal them; **blind stage** hides the whole stage's.")
            .Send("blind")
            .AssertCard(card => Assert.Equal("🙈 **Goal · Search** now runs blind.", card.Heading))
            .Send("blind stage")
            .AssertCard(card => Assert.Equal("🙈 The stage **Search** (Small shop owner) now runs blind: every question of it.", card.Heading))
            .Send("blind stage")
            .AssertReply("This already runs blind; **reveal** shows its answers.")
            .Then(async h => Assert.Equal(
                [new CjmBot.Workshops.Progress.BlindRound(0, 0, null)],
                (await ActiveAsync(h, TestConversation.Personal)).Progress.Blind))
            .StartTestAsync();
    }

    [Fact]
    public async Task SetUpToRunEachStageBlind_EachStageIsBlindWhenFirstReached_UntilRevealed()
    {
        await using var host = BotTestHost.Create(output);
        var flow = host.Flow()
            .In(TestConversation.GroupChat)
            .Send("new")
            .AssertCard(card => Assert.Contains("Run each stage blind: answers hidden until a facilitator reveals them", card.Json.ToJsonString(), StringComparison.Ordinal))
            .Click("Start workshop",
                ("title", "Checkout journey"), ("product", "Online store"), ("goal", "Find why people abandon checkout"),
                ("template", "Custom"), ("customStages", "Search, Purchase"), ("segments", "Small shop owner: runs a shop of 5"),
                ("blind", "true"), ("language", "en"))
            .AssertInvokeCard(card => Assert.Equal("Workshop started", card.Heading))
            .AssertLiveMap()
            .AssertCard(card => Assert.Contains(CardNote, card.Texts))
            .As(TestUsers.Boris).Send("Find the cheapest offer")
            .AssertReply(TypedWarning)
            .As(TestUsers.Anna).Send("reveal")
            .AssertReply("👀 Revealed: 1 answer is on the map now.");
        for (var question = 1; question < 6; question++)
        {
            flow = flow.SendLater(question % 2 == 0 ? "next" : "skip").AssertCard(card => Assert.DoesNotContain(CardNote, card.Texts));
        }

        await flow
            .SendLater("next")
            .AssertQuestion("What is the customer's goal at this stage?", "Stage 2/2: Purchase")
            .Then(async h => Assert.Equal([new CjmBot.Workshops.Progress.BlindRound(0, 1, null)], (await ActiveAsync(h, TestConversation.GroupChat)).Progress.Blind))
            .SendLater("back")
            .AssertCard(card => Assert.DoesNotContain(CardNote, card.Texts)) // the revealed stage stays revealed
            .StartTestAsync();
    }

    internal static async Task<CjmBot.Workshops.WorkshopSnapshot> ActiveAsync(BotTestHost host, TestConversation conversation) =>
        (await host.Workshops.LoadAsync((await host.Workshops.GetActiveWorkshopIdAsync(conversation.Id, CancellationToken.None))!, CancellationToken.None))!;
}
