using CjmBot.Testing;
using CjmBot.Workshops.Progress;
using Xunit;
using Xunit.Abstractions;

namespace CjmBot.UnitTests.Bot.Workshops;

/// <summary>The whole flow in Russian: many participants write Russian in an English Teams client.</summary>
public sealed class RussianWorkshopTests(ITestOutputHelper output)
{
    [Fact]
    public async Task RussianWorkshop_FacilitatorAndParticipants_WholeFlowInRussian()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .In(TestConversation.GroupChat)
            .Send("новый")
            .AssertCard(card => Assert.Equal("Новая карта пути клиента", card.Heading))
            .Click("Начать воркшоп",
                ("title", "Путь покупателя"),
                ("product", "Интернет-магазин"),
                ("goal", "Понять, почему бросают корзину"),
                ("template", "Custom"),
                ("customStages", "Поиск\nПокупка"),
                ("segments", "Владелец магазина: 5 сотрудников\nИТ-директор: 200 мест"),
                ("language", "ru"))
            .AssertInvokeCard(card => Assert.Equal("Воркшоп начался", card.Heading))
            .AssertLiveMap("Карта пути клиента")
            .AssertQuestion("Какая цель у клиента на этом этапе?", "Владелец магазина · Этап 1/2: Поиск")
            .Send("Быстро сравнить цены") // a group chat: the live map shows it, no reply
            .Send("инсайт Клиенты сравнивают нас с маркетплейсами")
            .AssertReply("💡 Инсайт записан.")
            .Send("изменить Быстро сравнить цены и сроки доставки")
            .AssertReply("✏️ Ваш последний ответ теперь такой: «Быстро сравнить цены и сроки доставки»")
            .As(TestUsers.Boris)
            .SendLater("дальше")
            .AssertReply("Извините, это могут делать только ведущие (Anna Petrova). Ничего не изменилось.")
            .Send("Понять, есть ли доставка в регион")
            .Send("отменить")
            .AssertReply("🗑 Ваш последний ответ удалён: «Понять, есть ли доставка в регион»")
            .As(TestUsers.Anna)
            .Send("пауза")
            .AssertReplyContains("⏸ Воркшоп на паузе.")
            .Send("Ответ во время паузы")
            .AssertReplyContains("Воркшоп на паузе, поэтому ответ не записан.")
            .Send("продолжить")
            .AssertReply("▶️ Воркшоп продолжается.")
            .AssertQuestion("Какая цель у клиента на этом этапе?")
            .Send("перейти Покупка")
            .AssertQuestion("Какая цель у клиента на этом этапе?", "Этап 2/2: Покупка")
            .Send("таймер 1")
            .AssertReplyContains("⏱ Таймер: 1 мин, до 09:01 UTC.")
            .Then(async h =>
            {
                h.Time.Advance(TimeSpan.FromMinutes(1));
                await h.Scheduler.RunDueJobsAsync(CancellationToken.None);
            })
            .AssertCardUpdate(card =>
            {
                Assert.Equal("Карта пути клиента", card.Heading);
                Assert.Contains("• Быстро сравнить цены и сроки доставки — Anna Petrova", card.Texts);
            })
            .AssertCountUpdate("Вопрос 1/6 · Ответов пока нет") // the card of stage 2 now shows its timer
            .AssertReply("⏰ Время на вопрос «Какая цель у клиента на этом этапе?» вышло. Переходим дальше.")
            .AssertQuestion("Какие точки касания с компанией на этом этапе?", "Этап 2/2: Покупка")
            .Send("статус")
            .AssertReply(reply =>
            {
                Assert.Contains("**Путь покупателя**: идёт", reply.Text, StringComparison.Ordinal);
                Assert.Contains("Ответов: 1, инсайтов: 1.", reply.Text, StringComparison.Ordinal);
            })
            .Send("закрыть")
            .AssertReplyContains("🔒 Воркшоп закрыт.")
            .Send("Поздний ответ")
            .AssertReplyContains("Воркшоп закрыт, поэтому ответы не записываются.")
            .Send("карта")
            .AssertCard(card =>
            {
                Assert.Equal("Карта пути клиента", card.Heading);
                Assert.Contains("• Быстро сравнить цены и сроки доставки — Anna Petrova", card.Texts);
                Assert.Contains("• Клиенты сравнивают нас с маркетплейсами — Anna Petrova", card.Texts);
            })
            .Then(async h =>
            {
                var workshop = await WorkshopFlowTests.LoadAsync(h, TestConversation.GroupChat);
                Assert.Equal(WorkshopStatus.Closed, workshop.Progress.Status);
                Assert.Single(workshop.Answers);
                Assert.Single(workshop.Insights);
            })
            .StartTestAsync();
    }
}
