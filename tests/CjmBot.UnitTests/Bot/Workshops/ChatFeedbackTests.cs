using CjmBot.Bot.LiveMap;
using CjmBot.Protocol.Schema;
using CjmBot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit;
using Xunit.Abstractions;

namespace CjmBot.UnitTests.Bot.Workshops;

/// <summary>
/// Typed answers in a group chat get visible feedback without a reply each: the question card right above counts them
/// (and names who answered, unless anonymous), redrawn in place by the live map's coalesced job; the live map follows the
/// chat when it has scrolled far away, and older map snapshots point to the newer one.
/// </summary>
public sealed class ChatFeedbackTests(ITestOutputHelper output)
{
    private static readonly TimeSpan PastTheSecond = TimeSpan.FromSeconds(1.2);

    [Fact]
    public async Task TypedAnswersInAGroupChat_TheQuestionCardCountsThemAndNamesWhoAnswered()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .In(TestConversation.GroupChat)
            .StartTwoStageWorkshop()
            .As(TestUsers.Boris).Send("Find the cheapest offer")
            .As(TestUsers.Chloe).Send("Check delivery dates")
            .As(TestUsers.Boris).Send("Read reviews")
            .AssertNoMoreReplies() // no reply per answer in a group chat
            .RunSchedulerAfter(TimeSpan.FromSeconds(2))
            .AssertCardUpdate(map => Assert.Contains("Goal (3)", map.Texts))
            .AssertCountUpdate("Question 1/6 · 3 answers so far", "✓ Answered: Boris Ivanov, Chloe Martin")
            .AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Fact]
    public async Task TypedAnswersInAnAnonymousWorkshop_AreCountedButNobodyIsNamed()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .In(TestConversation.Channel)
            .StartTwoStageWorkshop(anonymous: "true")
            .As(TestUsers.Boris).Send("Find the cheapest offer")
            .RunSchedulerAfter(TimeSpan.FromSeconds(2))
            .AssertCardUpdate(map => Assert.Contains("Goal (1)", map.Texts))
            .AssertCountUpdate("Question 1/6 · 1 answer so far")
            .AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Fact]
    public async Task RussianGroupChat_TheQuestionCardCountsAnswersInRussian()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .In(TestConversation.GroupChat)
            .StartRussianWorkshop()
            .As(TestUsers.Boris).Send("Быстро сравнить цены")
            .As(TestUsers.Chloe).Send("Узнать сроки доставки")
            .AssertNoMoreReplies()
            .RunSchedulerAfter(TimeSpan.FromSeconds(2))
            .AssertCardUpdate(map => Assert.Equal("Карта пути клиента", map.Heading))
            .AssertCountUpdate("Вопрос 1/6 · Ответов: 2", "✓ Ответили: Boris Ivanov, Chloe Martin")
            .AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Fact]
    public async Task QuestionCardCount_ManyAnswersInOneSecond_RedrawnAtMostEveryTwoSeconds()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .In(TestConversation.GroupChat)
            .StartTwoStageWorkshop()
            .As(TestUsers.Boris).Send("First")
            .RunSchedulerAfter(PastTheSecond)
            .AssertCardUpdate(map => Assert.Contains("Goal (1)", map.Texts))
            .AssertNoMoreReplies() // the card was posted 1.2 s ago: its count waits
            .RunSchedulerAfter(TimeSpan.FromSeconds(2))
            .AssertCountUpdate("Question 1/6 · 1 answer so far", "✓ Answered: Boris Ivanov")
            .As(TestUsers.Chloe).Send("Second")
            .RunSchedulerAfter(PastTheSecond)
            .AssertCardUpdate(map => Assert.Contains("Goal (2)", map.Texts))
            .AssertNoMoreReplies()
            .RunSchedulerAfter(TimeSpan.FromSeconds(2))
            .AssertCountUpdate("Question 1/6 · 2 answers so far", "✓ Answered: Boris Ivanov, Chloe Martin")
            .AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Fact]
    public async Task ManyMessagesSinceTheMap_TheNextRedrawPostsItBelowAndLeavesAStub()
    {
        await using var host = BotTestHost.Create(output, services => services.Configure<LiveMapOptions>(o => o.FollowAfterMessages = 5));
        string? firstMap = null;
        await host.Flow()
            .In(TestConversation.GroupChat)
            .StartTwoStageWorkshop()
            .Then(h => firstMap = h.Adapter.History.First(call => call.Kind == OutboundKind.Send && call.Activity!.Attachments is { Count: > 0 }
                && new CardView((System.Text.Json.Nodes.JsonObject)call.Activity.Attachments[0].Content!).Heading == "Customer journey map").ActivityId)
            .Wait(TimeSpan.FromSeconds(10))
            .As(TestUsers.Boris).Send("One").Send("Two").Send("Three")
            .As(TestUsers.Chloe).Send("Four").Send("Five")
            .RunSchedulerAfter(PastTheSecond)
            .AssertLiveMap() // posted again at the bottom
            .AssertCardUpdate(stub => Assert.Equal(["🗺 The live map moved below ↓"], stub.Texts))
            .Then(h => Assert.Equal(["🗺 The live map moved below ↓"], new CardView((System.Text.Json.Nodes.JsonObject)h.Adapter.Messages[firstMap!].Attachments![0].Content!).Texts))
            .AssertCountUpdate("Question 1/6 · 5 answers so far", "✓ Answered: Boris Ivanov, Chloe Martin")
            .AssertNoMoreReplies()
            .As(TestUsers.Anna).Send("Six")
            .RunSchedulerAfter(TimeSpan.FromSeconds(2))
            .AssertCardUpdate(map => Assert.Contains("Goal (6)", map.Texts)) // the new message is updated in place now
            .AssertCountUpdate("Question 1/6 · 6 answers so far", "✓ Answered: Boris Ivanov, Chloe Martin, Anna Petrova")
            .AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Fact]
    public async Task RussianChat_TheMapMovesBelow_AndAnOlderSnapshotSaysItIsOutOfDate()
    {
        await using var host = BotTestHost.Create(output, services => services.Configure<LiveMapOptions>(o => o.FollowAfterMessages = 5));
        await host.Flow()
            .In(TestConversation.GroupChat)
            .StartRussianWorkshop()
            .Wait(TimeSpan.FromSeconds(10))
            .As(TestUsers.Boris).Send("Раз").Send("Два").Send("Три").Send("Четыре").Send("Пять")
            .RunSchedulerAfter(PastTheSecond)
            .AssertLiveMap("Карта пути клиента")
            .AssertCardUpdate(stub => Assert.Equal(["🗺 Живая карта переехала ниже ↓"], stub.Texts))
            .AssertCountUpdate("Вопрос 1/6 · Ответов: 5", "✓ Ответили: Boris Ivanov")
            .As(TestUsers.Anna).Send("карта")
            .AssertLiveMap("Карта пути клиента")
            .RunSchedulerAfter(PastTheSecond)
            .AssertCardUpdate(stub => Assert.Equal(["🗺 Эта карта устарела: новая ниже ↓"], stub.Texts))
            .AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Fact]
    public async Task OlderSnapshots_EveryMapCommandTellsThePreviousOne_NeverTheLiveOne()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .In(TestConversation.Channel)
            .StartTwoStageWorkshop()
            .Send("map").AssertLiveMap()
            .Send("map").AssertLiveMap()
            .RunSchedulerAfter(PastTheSecond)
            .AssertCardUpdate(stub => Assert.Equal(["🗺 This map is out of date: a newer one is below ↓"], stub.Texts))
            .AssertCardUpdate(stub => Assert.Equal(["🗺 This map is out of date: a newer one is below ↓"], stub.Texts))
            .AssertNoMoreReplies()
            .Then(async h =>
            {
                var workshop = await WorkshopFlowTests.LoadAsync(h, TestConversation.Channel);
                var live = await h.Services.GetRequiredService<LiveMaps>().ReadAsync(workshop.Frame.Id, CancellationToken.None);
                Assert.Empty(live!.State.Superseded!);
                Assert.Equal(h.Adapter.History.Last(call => call.Kind == OutboundKind.Send).ActivityId, live.State.MessageId);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task FollowAfterMessages_OutOfRange_IsRefusedAtStart()
    {
        await using var host = BotTestHost.Create(output, services => services.Configure<LiveMapOptions>(o => o.FollowAfterMessages = 2));
        var refused = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IOptions<LiveMapOptions>>().Value);
        Assert.Contains("FollowAfterMessages", refused.Message, StringComparison.Ordinal);
    }
}

internal static class RussianWorkshopScript
{
    public static TestFlow StartRussianWorkshop(this TestFlow flow) =>
        flow.Send("новый")
            .AssertCard(card => Assert.Equal("Новая карта пути клиента", card.Heading))
            .Click("Начать воркшоп",
                ("title", "Путь покупателя"), ("product", "Интернет-магазин"), ("goal", "Понять, почему бросают корзину"),
                ("template", "Custom"), ("customStages", "Поиск\nПокупка"), ("segments", "Владелец магазина: 5 сотрудников"), ("language", "ru"))
            .AssertInvokeCard(card => Assert.Equal("Воркшоп начался", card.Heading))
            .AssertLiveMap("Карта пути клиента")
            .AssertQuestion("Какая цель у клиента на этом этапе?");
}
