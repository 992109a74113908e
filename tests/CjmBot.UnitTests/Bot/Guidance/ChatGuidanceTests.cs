using System.Text.Json.Nodes;
using CjmBot.Cards.Localization;
using CjmBot.Testing;
using CjmBot.Workshops;
using CjmBot.UnitTests.Bot.Workshops;
using CjmBot.Workshops.Questions;
using Xunit;
using Xunit.Abstractions;

namespace CjmBot.UnitTests.Bot.Guidance;

/// <summary>
/// Issue 13: nobody wonders whether the bot heard them. A mistyped command is asked about, an emotions answer without a
/// score gets a score card, one length rule for typed and card answers, an old card keeps its question, and the end
/// leads on to the next steps.
/// </summary>
public sealed class ChatGuidanceTests(ITestOutputHelper output)
{
    private const string DidYouMeanNext = "Did you mean **next**?";
    private const string DidYouMeanNextRu = "Вы имели в виду **дальше**?";
    private const string ScoreMissing = "An emotions answer needs a score from -2 to +2, so nothing was recorded yet.";
    private const string ScoreMissingRu = "Ответу об эмоциях нужна оценка от -2 до +2, поэтому пока ничего не записано.";

    [Fact]
    public async Task MistypedNext_InAGroupChat_IsAskedAbout_AndYesMovesOn()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .In(TestConversation.GroupChat)
            .StartTwoStageWorkshop()
            .Send("nxet")
            .AssertCard(card =>
            {
                Assert.Equal([DidYouMeanNext, "“nxet” is not recorded as an answer unless you say so."], card.Texts);
                Assert.Equal(["Yes, next", "No, record it as my answer"], card.Buttons.Select(b => b.Title));
            })
            .Click("Yes, next")
            .AssertInvokeMessage("✓ next")
            .AssertQuestion("Where does the customer meet us at this stage?")
            .Send("туче") // "next" typed with the Russian layout on
            .AssertCard(card => Assert.Equal(DidYouMeanNext, card.Heading))
            .Then(async h => Assert.Empty((await LoadAsync(h, TestConversation.GroupChat)).Answers))
            .StartTestAsync();
    }

    [Fact]
    public async Task MistypedCommand_RecordedAsAnswer_WhenThePersonSaysSo_Once()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .In(TestConversation.GroupChat)
            .StartTwoStageWorkshop()
            .As(TestUsers.Boris)
            .Send("nexr")
            .AssertCard(card => Assert.Equal(DidYouMeanNext, card.Heading))
            .KeepCard("did you mean")
            .Click("No, record it as my answer")
            .AssertInvokeCard(card => Assert.Equal(["✓ Recorded: Goal · Search “nexr”"], card.Texts))
            .UseCard("did you mean")
            .ClickAsSubmit("No, record it as my answer") // the card's answer is one operation, however the click comes again
            .AssertNoMoreReplies()
            .Then(async h => Assert.Equal(["nexr"], (await LoadAsync(h, TestConversation.GroupChat)).Answers.Select(a => a.Text)))
            .StartTestAsync();
    }

    [Fact]
    public async Task MistypedCommand_InRussian_IsAskedAboutInRussian()
    {
        await using var host = BotTestHost.Create(output);
        await StartRussian(host.Flow())
            .Send("дальшн")
            .AssertCard(card =>
            {
                Assert.Equal([DidYouMeanNextRu, "«дальшн» не записано как ответ, пока вы этого не подтвердите."], card.Texts);
                Assert.Equal(["Да, дальше", "Нет, записать как мой ответ"], card.Buttons.Select(b => b.Title));
            })
            .Click("Да, дальше")
            .AssertInvokeMessage("✓ дальше")
            .AssertQuestion("Какие точки касания с компанией на этом этапе?")
            .Send("lfkmit") // "дальше" typed with the English layout on
            .AssertCard(card => Assert.Equal(DidYouMeanNextRu, card.Heading))
            .Click("Нет, записать как мой ответ")
            .AssertInvokeCard(card => Assert.Equal(["✓ Записано: Точки касания · Поиск «lfkmit»"], card.Texts))
            .StartTestAsync();
    }

    [Theory]
    [InlineData("price")]
    [InlineData("bank")]
    [InlineData("text")]
    [InlineData("maps")]
    [InlineData("цена")]
    public async Task RealShortAnswers_AreRecordedWithoutAsking(string answer)
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .StartTwoStageWorkshop()
            .Send(answer)
            .AssertReply("✓ Recorded: Goal · Search")
            .StartTestAsync();
    }

    [Fact]
    public async Task EmotionsAnswerWithoutScore_GetsAScoreCard_AndIsRecordedWithTheChosenScore()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .In(TestConversation.GroupChat)
            .StartTwoStageWorkshop()
            .SendLater("next").AssertQuestion("Where does the customer meet us at this stage?")
            .SendLater("next").AssertQuestion("What does the customer feel here?")
            .KeepCard("emotions")
            .Send("+1.5 quite happy")
            .AssertCard(card =>
            {
                Assert.Equal([ScoreMissing, "Which score goes with your answer?", "“+1.5 quite happy”"], card.Texts);
                Assert.Equal(["+2 😀 delighted", "+1 🙂 pleased", "0 😐 neutral", "-1 🙁 frustrated", "-2 😠 angry"], card.Buttons.Select(b => b.Title));
            })
            .Click("+1 🙂 pleased")
            .AssertInvokeCard(card => Assert.Equal(["✓ Recorded: Emotions · Search (+1) “+1.5 quite happy”"], card.Texts))
            .Send("ecstatic")
            .AssertCard(card => Assert.Equal(ScoreMissing, card.Heading))
            .UseCard("emotions")
            .Click("Send answer", ("answer", "ecstatic")) // a card answer without a score: asked in place, the words kept
            .AssertInvokeCard(card =>
            {
                Assert.Contains(ScoreMissing, card.Texts);
                Assert.Equal("ecstatic", Input(card, "answer")?["value"]?.GetValue<string>());
            })
            .Then(async h =>
            {
                var answer = Assert.Single((await LoadAsync(h, TestConversation.GroupChat)).Answers);
                Assert.Equal((1, "+1.5 quite happy", QuestionKey.Emotions), (answer.Score!.Value, answer.Text, answer.Question));
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task EmotionsAnswerWithoutScore_InRussian_GetsARussianScoreCard()
    {
        await using var host = BotTestHost.Create(output);
        await StartRussian(host.Flow())
            .SendLater("дальше").AssertQuestion("Какие точки касания с компанией на этом этапе?")
            .SendLater("дальше").AssertQuestion("Какие эмоции возникают у клиента?")
            .Send("в восторге от скорости")
            .AssertCard(card =>
            {
                Assert.Equal([ScoreMissingRu, "Какая оценка у вашего ответа?", "«в восторге от скорости»"], card.Texts);
                Assert.Contains("+2 😀 в восторге", card.Buttons.Select(b => b.Title));
            })
            .Click("+2 😀 в восторге")
            .AssertInvokeCard(card => Assert.Equal(["✓ Записано: Эмоции · Поиск (+2) «в восторге от скорости»"], card.Texts))
            .Then(async h => Assert.Equal(2, Assert.Single((await LoadAsync(h, TestConversation.Personal)).Answers).Score))
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ru")]
    public async Task LongAnswer_TypedOrOnACard_GetsTheSameMessage_AndTheCardDoesNotCutIt(string language)
    {
        await using var host = BotTestHost.Create(output);
        var tooLong = WorkshopText.For(language == "ru" ? CjmBot.Workshops.Language.Ru : CjmBot.Workshops.Language.En).AnswerTooLong(2001, 2000);
        var flow = language == "ru" ? StartRussian(host.Flow()) : host.Flow().StartTwoStageWorkshop();
        await flow
            .AssertNoMoreReplies()
            .Send(new string('x', 2001))
            .AssertReply(tooLong)
            .Click(language == "ru" ? "Отправить ответ" : "Send answer", ("answer", new string('y', 2001)))
            .AssertInvokeCard(card =>
            {
                Assert.Contains(tooLong, card.Texts);
                Assert.Null(Input(card, "answer")?["maxLength"]); // no client cuts the paste silently
            })
            .Then(async h => Assert.Empty((await LoadAsync(h, TestConversation.Personal)).Answers))
            .StartTestAsync();
    }

    [Fact]
    public async Task AnswerOnAnOldCard_KeepsThatCardsQuestion_AndItsConfirmation()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .In(TestConversation.GroupChat)
            .StartTwoStageWorkshop()
            .KeepCard("goal")
            .SendLater("next").AssertQuestion("Where does the customer meet us at this stage?")
            .SendLater("next").AssertQuestion("What does the customer feel here?")
            .UseCard("goal")
            .Click("Send answer", ("answer", "Compare prices"))
            .AssertInvokeCard(card =>
            {
                Assert.Equal("What is the customer's goal at this stage?", card.Texts[1]);
                Assert.Contains("An earlier question: the session has moved on (its current question is further down).", card.Texts);
                Assert.Contains("✓ Recorded: Goal · Search “Compare prices”", card.Texts);
                Assert.DoesNotContain("Next", card.Buttons.Select(b => b.Title)); // not a second current-question card
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task AnswerOnAnOldCard_InRussian_KeepsThatCardsQuestion()
    {
        await using var host = BotTestHost.Create(output);
        await StartRussian(host.Flow())
            .KeepCard("goal")
            .SendLater("дальше").AssertQuestion("Какие точки касания с компанией на этом этапе?")
            .UseCard("goal")
            .Click("Отправить ответ", ("answer", "Сравнить цены"))
            .AssertInvokeCard(card =>
            {
                Assert.Equal("Какая цель у клиента на этом этапе?", card.Texts[1]);
                Assert.Contains("Это более ранний вопрос: воркшоп уже ушёл дальше (текущий вопрос — ниже).", card.Texts);
                Assert.Contains("✓ Записано: Цель · Поиск «Сравнить цены»", card.Texts);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task TheEnd_OffersTheNextSteps_AndQuestionShowsTheCurrentCardAgain()
    {
        await using var host = BotTestHost.Create(output);
        var flow = host.Flow().StartTwoStageWorkshop()
            .Send("question")
            .AssertQuestion("What is the customer's goal at this stage?")
            .Send("status")
            .AssertCard(status => Assert.Equal(["Show the current question"], status.Buttons.Select(b => b.Title))) // under the status text
            .Click("Show the current question")
            .AssertInvokeMessage("✓ question")
            .AssertQuestion("What is the customer's goal at this stage?");
        for (var move = 0; move < 12; move++)
        {
            flow = flow.SendLater(move % 2 == 0 ? "next" : "skip");
            if (move < 11)
            {
                flow = flow.AssertCard(_ => { });
            }
        }

        await flow
            .AssertCard(card =>
            {
                Assert.Equal("All questions asked", card.Heading);
                Assert.Equal(["1. Vote", "2. Action items", "3. Conclusions", "4. Export", "Map"], card.Buttons.Select(b => b.Title));
            })
            .Click("1. Vote")
            .AssertInvokeMessage("✓ vote")
            .AssertReply(reply => Assert.NotNull(reply))
            .StartTestAsync();
    }

    [Fact]
    public async Task TheEnd_InRussian_OffersTheNextStepsInRussian()
    {
        await using var host = BotTestHost.Create(output);
        var flow = StartRussian(host.Flow()).Send("вопрос").AssertQuestion("Какая цель у клиента на этом этапе?");
        for (var move = 0; move < 12; move++)
        {
            flow = flow.SendLater(move % 2 == 0 ? "дальше" : "пропустить");
            if (move < 11)
            {
                flow = flow.AssertCard(_ => { });
            }
        }

        await flow
            .AssertCard(card =>
            {
                Assert.Equal("Все вопросы заданы", card.Heading);
                Assert.Equal(["1. Голосование", "2. Задачи", "3. Выводы", "4. Экспорт", "Карта"], card.Buttons.Select(b => b.Title));
            })
            .Send("вопрос") // at the end the same card again
            .AssertCard(card => Assert.Equal("Все вопросы заданы", card.Heading))
            .StartTestAsync();
    }

    [Fact]
    public async Task AloneInAPersonalChat_EachAnswerMovesOn_WithoutNext()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .StartTwoStageWorkshop()
            .Send("Compare prices")
            .AssertReply("✓ Recorded: Goal · Search")
            .AssertQuestion("Where does the customer meet us at this stage?")
            .Click("Send answer", ("answer", "Search engine"))
            .AssertInvokeCard(card => Assert.Contains("✓ Recorded: Touchpoints · Search “Search engine”", card.Texts))
            .AssertQuestion("What does the customer feel here?")
            .Send("confused")
            .AssertCard(card => Assert.Equal(ScoreMissing, card.Heading)) // nothing recorded, so the session stays
            .Click("-1 🙁 frustrated")
            .AssertInvokeCard(card => Assert.Equal(["✓ Recorded: Emotions · Search (-1) “confused”"], card.Texts))
            .AssertQuestion("What stops or frustrates the customer?")
            .AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Fact]
    public async Task AloneInAPersonalChat_InRussian_EachAnswerMovesOn()
    {
        await using var host = BotTestHost.Create(output);
        await StartRussian(host.Flow())
            .Send("Найти надёжного поставщика")
            .AssertReply("✓ Записано: Цель · Поиск")
            .AssertQuestion("Какие точки касания с компанией на этом этапе?")
            .Send("Поиск в интернете")
            .AssertReply("✓ Записано: Точки касания · Поиск")
            .AssertQuestion("Какие эмоции возникают у клиента?")
            .StartTestAsync();
    }

    [Fact]
    public async Task InAGroupChat_AnswersDoNotMoveTheSession()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .In(TestConversation.GroupChat)
            .StartTwoStageWorkshop()
            .Send("Compare prices")
            .As(TestUsers.Boris)
            .Send("Read reviews")
            .AssertNoMoreReplies() // others are still answering; the facilitator moves on
            .StartTestAsync();
    }

    /// <summary>A two-stage Russian workshop (Поиск, Покупка) in Anna's personal chat.</summary>
    private static TestFlow StartRussian(TestFlow flow) => flow.WithLocale("ru-RU").StartRussianWorkshop();

    private static JsonObject? Input(CardView card, string id) => Find(card.Json, id);

    private static JsonObject? Find(JsonNode? node, string id) => node switch
    {
        JsonObject obj when obj["id"]?.GetValue<string>() == id && obj["type"]?.GetValue<string>() == "Input.Text" => obj,
        JsonObject obj => obj.Select(pair => Find(pair.Value, id)).FirstOrDefault(found => found is not null),
        JsonArray array => array.Select(item => Find(item, id)).FirstOrDefault(found => found is not null),
        _ => null,
    };

    private static async Task<CjmBot.Workshops.WorkshopSnapshot> LoadAsync(BotTestHost host, TestConversation conversation)
    {
        var id = await host.Workshops.GetActiveWorkshopIdAsync(conversation.Id, CancellationToken.None);
        return (await host.Workshops.LoadAsync(id!, CancellationToken.None))!;
    }
}
