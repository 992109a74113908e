using CjmBot.Protocol.Schema;
using CjmBot.Testing;
using Xunit;
using Xunit.Abstractions;

namespace CjmBot.UnitTests.Bot.Workshops;

/// <summary>
/// Times in the reader's zone where Teams tells it (the activity's <c>localTimezone</c>, the <c>clientInfo</c> entity's
/// <c>timezone</c>), UTC otherwise; <c>deadline</c> reads a date and time on the sender's clock. The clock starts at
/// 2026-11-23 09:00 UTC (12:00 in Moscow).
/// </summary>
public sealed class ReaderTimeZoneTests(ITestOutputHelper output)
{
    private static Activity Typed(string text, string? localTimezone = null, string? clientTimezone = null) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        TextFormat = "plain",
        LocalTimezone = localTimezone,
        Entities = [new Entity { Type = Entity.ClientInfoType, Locale = "en-US", Timezone = clientTimezone }],
    };

    [Fact]
    public async Task Timer_FromAClientInMoscow_SaysTheEndInMoscowTime_OthersInUtc()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .StartTwoStageWorkshop()
            .Send(Typed("timer 5", localTimezone: "Europe/Moscow"))
            .AssertReply("⏱ Timer set: 5 min, until 12:05 (Europe/Moscow). Then I remind everyone and move on.")
            .AssertNoMoreReplies()
            .Send(Typed("timer 10"))
            .AssertReply("⏱ Timer set: 10 min, until 09:10 UTC. Then I remind everyone and move on.")
            .StartTestAsync();
    }

    [Fact]
    public async Task Deadline_InRussian_LocalTimeFromTheClientInfoEntity_IsReadOnTheSendersClock()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .Send("новый")
            .AssertCard(card => Assert.Equal("Новая карта пути клиента", card.Heading))
            .Click("Начать воркшоп",
                ("title", "Путь покупателя"), ("product", "Интернет-магазин"), ("goal", "Понять, почему бросают корзину"),
                ("template", "Custom"), ("customStages", "Поиск\nПокупка"), ("segments", "Владелец магазина: 5 сотрудников"), ("language", "ru"))
            .AssertInvokeCard(card => Assert.Equal("Воркшоп начался", card.Heading))
            .AssertLiveMap("Карта пути клиента")
            .AssertQuestion("Какая цель у клиента на этом этапе?")
            .Send(Typed("срок 2026-11-25 18:00", clientTimezone: "Europe/Moscow"))
            .AssertReply("Срок ответов в личном чате: 2026-11-25 18:00 (Europe/Moscow). Я напомню тем, кто не закончил, за 24 ч и за 1 ч.")
            .Then(async h =>
            {
                var workshop = await WorkshopFlowTests.LoadAsync(h, TestConversation.Personal);
                Assert.Equal(new DateTimeOffset(2026, 11, 25, 15, 0, 0, TimeSpan.Zero), (await h.Workshops.GetAsyncWindowAsync(workshop.Frame.Id, CancellationToken.None))?.Deadline);
            })
            .Send(Typed("срок 2026-11-25 18:00Z", clientTimezone: "Europe/Moscow"))
            .AssertReply("Срок ответов в личном чате: 2026-11-25 21:00 (Europe/Moscow). Я напомню тем, кто не закончил, за 24 ч и за 1 ч.")
            .Send(Typed("срок 2026-11-25 18:00"))
            .AssertReply("Срок ответов в личном чате: 2026-11-25 18:00 UTC. Я напомню тем, кто не закончил, за 24 ч и за 1 ч.")
            .StartTestAsync();
    }
}
