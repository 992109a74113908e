using System.Globalization;
using CjmBot.Bot.LiveMap;
using CjmBot.Testing;
using CjmBot.Workshops;
using CjmBot.UnitTests.Bot.Workshops;
using CjmBot.Bot.Scheduling;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit;
using Xunit.Abstractions;

namespace CjmBot.UnitTests.Bot.Retention;

/// <summary>
/// Closed workshops are deleted once their retention runs out (<c>Retention:ClosedWorkshopDays</c>, or the facilitator's
/// <c>retention</c>), with a reminder seven days before; reopening or extending stops it. On the fake clock, as conversations.
/// </summary>
public sealed class RetentionTests(ITestOutputHelper output)
{
    private const string Title = "Checkout journey";

    private const string Reminder = $"🗑 “{Title}” will be deleted with everything in it on 2026-12-23 09:00 UTC, 30 days after it was closed. "
        + "Export it now (`export`) or keep it longer (`retention 90`, or `retention off`).";

    /// <summary>The test clock starts at 2026-11-23 09:00 UTC; the workshop is closed a few seconds later.</summary>
    private BotTestHost HostKeepingClosedWorkshops(int days) => BotTestHost.Create(output, KeepingClosedWorkshops(days));

    /// <summary>The settings of every instance of the bot: closed workshops are kept <paramref name="days"/> days.</summary>
    private static Action<IServiceCollection> KeepingClosedWorkshops(int days) => services => services.AddSingleton<IConfiguration>(
        new ConfigurationBuilder()
            .AddInMemoryCollection(BotTestHost.ExportSettings)
            .AddInMemoryCollection([new("Retention:ClosedWorkshopDays", days.ToString(CultureInfo.InvariantCulture))])
            .Build());

    private static async Task<bool> ExistsAsync(BotTestHost host) =>
        await host.Workshops.GetActiveWorkshopIdAsync(TestConversation.GroupChat.Id, CancellationToken.None) is { } id
        && await host.Workshops.LoadAsync(id, CancellationToken.None) is not null;

    [Fact]
    public async Task ByDefault_AClosedWorkshopIsKeptUntilDeletedByHand()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .In(TestConversation.GroupChat)
            .StartTwoStageWorkshop()
            .Send("retention")
            .AssertReply($"“{Title}” is kept until a facilitator deletes it (`delete`), as the bot is set up.")
            .Send("close")
            .AssertReplyContains("Workshop closed")
            .RunSchedulerAfter(TimeSpan.FromDays(4000))
            .AssertNoMoreReplies()
            .Then(async h => Assert.True(await ExistsAsync(h)))
            .StartTestAsync();
    }

    [Fact]
    public async Task ClosedWorkshop_IsRemindedSevenDaysBefore_ThenDeletedOnceWithItsMap()
    {
        await using var host = HostKeepingClosedWorkshops(30);
        string? mapMessageId = null;
        await host.Flow()
            .In(TestConversation.GroupChat)
            .StartTwoStageWorkshop()
            .Then(async h =>
            {
                var workshopId = (await WorkshopFlowTests.LoadAsync(h, TestConversation.GroupChat)).Frame.Id;
                mapMessageId = LiveMaps.Read(await h.Workshops.ReadStateAsync(workshopId, LiveMaps.StateName, CancellationToken.None))?.State.MessageId;
            })
            .Send("retention")
            .AssertReply($"Once closed, “{Title}” is kept 30 days (the bot's setting), then deleted with everything in it.")
            .Send("close")
            .AssertReply("🔒 Workshop closed. Answers are no longer taken; type **reopen** to continue or **map** to see the result.\n\n"
                + "🗑 Kept 30 days once closed: it will be deleted with everything in it on 2026-12-23 09:00 UTC (`retention` to change it).")
            .Send("retention")
            .AssertReply($"“{Title}” is closed and will be deleted with everything in it on 2026-12-23 09:00 UTC (kept 30 days once closed, the bot's setting). "
                + "Export it before then (`export`), or keep it longer: `retention 90`, or `retention off` to keep it until it is deleted by hand.")
            .RunSchedulerAfter(TimeSpan.FromDays(22))
            .AssertNoMoreReplies()
            .RunSchedulerAfter(TimeSpan.FromDays(1))
            .AssertReply(Reminder)
            .AssertPersonalChatOpened(TestUsers.Anna)
            .AssertReplyIn(TestConversation.PersonalWith(TestUsers.Anna), Reminder)
            .AssertNoMoreReplies()
            .RunSchedulerAfter(TimeSpan.FromDays(7))
            .AssertMessageDeleted(() => mapMessageId)
            .AssertReply($"🗑 “{Title}” was deleted with everything in it: its retention (30 days once closed) ran out.")
            .AssertNoMoreReplies()
            .Then(async h => Assert.False(await ExistsAsync(h)))
            .RunSchedulerAfter(TimeSpan.FromDays(30))
            .AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Fact]
    public async Task Reopening_StopsTheClock_AndClosingAgainStartsItAfresh()
    {
        await using var host = HostKeepingClosedWorkshops(10);
        await host.Flow()
            .In(TestConversation.GroupChat)
            .StartTwoStageWorkshop()
            .Send("close")
            .AssertReplyContains("Workshop closed")
            .Wait(TimeSpan.FromDays(5))
            .Send("reopen")
            .AssertReplyContains("Workshop reopened")
            .AssertQuestion("What is the customer's goal at this stage?")
            .RunSchedulerAfter(TimeSpan.FromDays(20))
            .Then(async h => Assert.True(await ExistsAsync(h)))
            .Send("close")
            .AssertReplyContains("Workshop closed")
            .RunSchedulerAfter(TimeSpan.FromDays(9))
            .Then(async h => Assert.True(await ExistsAsync(h)))
            .RunSchedulerAfter(TimeSpan.FromDays(1))
            .Then(async h => Assert.False(await ExistsAsync(h)))
            .StartTestAsync();
    }

    [Fact]
    public async Task Facilitator_ExtendsOrKeepsForever_AndTheDueJobsFollow()
    {
        await using var host = HostKeepingClosedWorkshops(10);
        await host.Flow()
            .In(TestConversation.GroupChat)
            .StartTwoStageWorkshop()
            .Send("close")
            .AssertReplyContains("Workshop closed")
            .Wait(TimeSpan.FromDays(1))
            .Send("retention 2")
            .AssertReply($"✓ “{Title}” is closed and will be deleted with everything in it on 2026-12-01 09:00 UTC (kept 2 days once closed, set for this workshop; never sooner than a week after a change, so there is time to export). "
                + "Export it before then (`export`), or keep it longer: `retention 90`, or `retention off` to keep it until it is deleted by hand.")
            .Send("retention off")
            .AssertReply($"✓ “{Title}” is kept until a facilitator deletes it (`delete`).")
            .RunSchedulerAfter(TimeSpan.FromDays(400))
            .AssertNoMoreReplies()
            .Then(async h => Assert.True(await ExistsAsync(h)))
            .Send("retention default")
            .AssertReply($"✓ “{Title}” is closed and will be deleted with everything in it on 2028-01-05 09:00 UTC (kept 10 days once closed, the bot's setting; never sooner than a week after a change, so there is time to export). "
                + "Export it before then (`export`), or keep it longer: `retention 90`, or `retention off` to keep it until it is deleted by hand.")
            .RunSchedulerAfter(TimeSpan.FromDays(7) - TimeSpan.FromMinutes(1))
            .AssertNoMoreReplies()
            .RunSchedulerAfter(TimeSpan.FromMinutes(1))
            .AssertMessageDeleted()
            .AssertReply($"🗑 “{Title}” was deleted with everything in it: its retention (10 days once closed) ran out.")
            .Then(async h => Assert.False(await ExistsAsync(h)))
            .StartTestAsync();
    }

    [Theory]
    [InlineData("retention 0")]
    [InlineData("retention 3651")]
    [InlineData("retention 99999999999")]
    public async Task DaysOutOfRange_AreExplained_AndNothingChanges(string command)
    {
        await using var host = HostKeepingClosedWorkshops(30);
        await host.Flow()
            .In(TestConversation.GroupChat)
            .StartTwoStageWorkshop()
            .Send(command)
            .AssertReply("`retention` shows how long this workshop is kept once it is closed; `retention 90` keeps it 90 days (1 to 3650), "
                + "`retention off` keeps it until a facilitator deletes it, `retention default` follows the bot's setting (30 days).")
            .Send("retention")
            .AssertReply($"Once closed, “{Title}” is kept 30 days (the bot's setting), then deleted with everything in it.")
            .StartTestAsync();
    }

    [Fact]
    public async Task Participant_CannotChangeIt_AndAnAnswerAboutRetentionStaysAnAnswer()
    {
        await using var host = HostKeepingClosedWorkshops(30);
        await host.Flow()
            .In(TestConversation.GroupChat)
            .StartTwoStageWorkshop()
            .As(TestUsers.Boris)
            .Send("retention off")
            .AssertReplyContains("only the facilitators (Anna Petrova)")
            .Send("retention of customers is low after the first order")
            .Then(async h => Assert.Equal(["retention of customers is low after the first order"],
                (await WorkshopFlowTests.LoadAsync(h, TestConversation.GroupChat)).Answers.Select(a => a.Text).ToArray()))
            .StartTestAsync();
    }

    [Fact]
    public async Task InRussian_TheFacilitatorSetsDays_AndIsRemindedAndTold()
    {
        await using var host = HostKeepingClosedWorkshops(0);
        await host.Flow()
            .In(TestConversation.GroupChat)
            .StartRussianWorkshop()
            .Send("хранение 21 день")
            .AssertReply("✓ После закрытия «Путь покупателя» хранится 21 день (задано для этого воркшопа), затем удаляется со всем содержимым.")
            .Send("закрыть")
            .AssertReply(reply => Assert.EndsWith("\n\n🗑 Хранится 21 день после закрытия: будет удалён со всем содержимым 2026-12-14 09:00 UTC (`хранение`, чтобы изменить).",
                reply.Text, StringComparison.Ordinal))
            .RunSchedulerAfter(TimeSpan.FromDays(14))
            .AssertReply("🗑 «Путь покупателя» будет удалён со всем содержимым 2026-12-14 09:00 UTC, через 21 день после закрытия. "
                + "Выгрузите его сейчас (`экспорт`) или храните дольше (`хранение 90` или `хранение выкл`).")
            .AssertPersonalChatOpened(TestUsers.Anna)
            .AssertReply(reply => Assert.StartsWith("🗑 «Путь покупателя» будет удалён", reply.Text, StringComparison.Ordinal))
            .RunSchedulerAfter(TimeSpan.FromDays(7))
            .AssertMessageDeleted()
            .AssertReply(reply => Assert.EndsWith("🗑 «Путь покупателя» удалён со всем содержимым: срок хранения (21 день после закрытия) истёк.", reply.Text, StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task TwoInstances_DeleteTheWorkshopOnce()
    {
        await using var host = HostKeepingClosedWorkshops(3);
        await using var second = host.AnotherInstance(KeepingClosedWorkshops(3));
        await host.Flow()
            .In(TestConversation.GroupChat)
            .StartTwoStageWorkshop()
            .Send("close")
            .AssertReplyContains("Workshop closed")
            .Then(async h =>
            {
                h.Time.Advance(TimeSpan.FromDays(3));
                await Task.WhenAll(h.Scheduler.RunDueJobsAsync(CancellationToken.None), second.Scheduler.RunDueJobsAsync(CancellationToken.None));
                await Task.WhenAll(h.Scheduler.RunDueJobsAsync(CancellationToken.None), second.Scheduler.RunDueJobsAsync(CancellationToken.None));
            })
            .AssertMessageDeleted()
            .AssertReply($"🗑 “{Title}” was deleted with everything in it: its retention (3 days once closed) ran out.")
            .AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(3651)]
    public void ClosedWorkshopDays_OutOfRange_IsRefusedAtStart(int days)
    {
        var refused = Assert.Throws<OptionsValidationException>(() => HostKeepingClosedWorkshops(days));
        Assert.Contains("ClosedWorkshopDays", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WorkshopsClosedWhileRetentionWasOff_AreScheduledByTheSweepAfterTheSettingChanges()
    {
        await using var before = HostKeepingClosedWorkshops(0);
        await before.Flow()
            .In(TestConversation.GroupChat)
            .StartTwoStageWorkshop()
            .Send("close")
            .AssertReply("🔒 Workshop closed. Answers are no longer taken; type **reopen** to continue or **map** to see the result.")
            .RunSchedulerAfter(TimeSpan.FromDays(40))
            .Then(async h => Assert.True(await ExistsAsync(h)))
            .StartTestAsync();

        // The bot restarts with a period: the workshop closed 40 days ago is past it, so it goes at once, once.
        await using var after = before.AnotherInstance(KeepingClosedWorkshops(30));
        await after.Flow()
            .In(TestConversation.GroupChat)
            .Then(async h =>
            {
                await h.Services.GetRequiredService<RetentionSweep>().StartAsync(CancellationToken.None);
                await h.Services.GetRequiredService<RetentionSweep>().StartAsync(CancellationToken.None);
                var ran = 0;
                for (var poll = await h.Scheduler.RunDueJobsAsync(CancellationToken.None); poll > 0; poll = await h.Scheduler.RunDueJobsAsync(CancellationToken.None))
                {
                    ran += poll;
                }

                Assert.Equal(2, ran); // the sweep, then the deletion it scheduled
            })
            .AssertMessageDeleted()
            .AssertReply($"🗑 “{Title}” was deleted with everything in it: its retention (30 days once closed) ran out.")
            .AssertNoMoreReplies()
            .Then(async h => Assert.False(await ExistsAsync(h)))
            .StartTestAsync();
    }
}
