using CjmBot.Workshops;
using CjmBot.IntegrationTests.Storage;
using CjmBot.Protocol.Schema;
using CjmBot.Storage;
using CjmBot.Testing;
using CjmBot.Workshops.Async;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Xunit;
using Xunit.Abstractions;

namespace CjmBot.IntegrationTests.Bot;

/// <summary>
/// A reminder scheduled before a restart lives in Table Storage: the new host sends it at its time, once, however
/// many instances poll the schedule; the contributor then carries on from the reminder.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class AsyncRestartTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    private static readonly TestConversation BorisChat = TestConversation.PersonalWith(TestUsers.Boris);

    [Fact]
    public async Task Restart_BetweenSchedulingAReminderAndItsDueTime_ReminderFiresOnceAcrossInstances()
    {
        azurite.GetReachableClient();
        var prefix = AzuriteFixture.NewTablePrefix();
        var teams = new TestChannel();

        await using (var before = CreateHost(prefix, teams))
        {
            await before.Flow()
                .In(TestConversation.Channel)
                .Send("new")
                .AssertCard(card => Assert.Equal("New customer journey map", card.Heading))
                .Click("Start workshop", ("title", "Checkout"), ("product", "Store"), ("goal", "Drop-offs"),
                    ("template", "Custom"), ("customStages", "Search, Purchase"), ("segments", "Shop owner: 5 people"))
                .AssertInvokeCard(card => Assert.Equal("Workshop started", card.Heading))
                .AssertCard(card => Assert.Equal("Customer journey map", card.Heading))
                .AssertCard(card => Assert.Equal("What is the customer's goal at this stage?", card.Texts[1]))
                .Send("deadline 48h")
                .AssertReplyContains("Deadline for personal-chat answers: 2026-11-25 09:00 UTC.")
                .Send(new Activity
                {
                    Text = "<at>CjmBot</at> invite <at>Boris Ivanov</at>",
                    Entities = [Entity.Mention(TestUsers.Bot), Entity.Mention(TestUsers.Boris.ToAccount())],
                })
                .AssertPersonalChatOpened(TestUsers.Boris)
                .AssertCardIn(BorisChat, card => Assert.Equal("Your view of the customer journey", card.Heading))
                .AssertReply("✉ Invited in their personal chat: Boris Ivanov.")
                .AssertNoMoreReplies()
                .StartTestAsync();
        }

        await using var after = CreateHost(prefix, teams);
        await using var second = after.AnotherInstance();
        await after.Flow()
            .Then(async h =>
            {
                h.Time.Advance(TimeSpan.FromHours(24));
                Assert.Equal(1, await h.Scheduler.RunDueJobsAsync(CancellationToken.None));
                Assert.Equal(0, await second.Scheduler.RunDueJobsAsync(CancellationToken.None));
                Assert.Equal(0, await h.Scheduler.RunDueJobsAsync(CancellationToken.None));
            })
            .AssertCardIn(BorisChat, card => Assert.Equal("Reminder: your answers are still missing", card.Heading))
            .AssertNoMoreReplies()
            .As(TestUsers.Boris).In(BorisChat)
            .Click("Start")
            .AssertInvokeMessage("✓")
            .AssertCard(card => Assert.Equal("Checkout · question 1 of 12", card.Texts[0]))
            .Send("Cheapest plan, fast")
            .AssertReply("✓ Recorded: Goal · Search")
            .AssertCard(card => Assert.Equal("Checkout · question 2 of 12", card.Texts[0]))
            .Then(async h =>
            {
                var id = await h.Workshops.GetActiveWorkshopIdAsync(TestConversation.Channel.Id.Split(";messageid=")[0], CancellationToken.None);
                var workshop = (await h.Workshops.LoadAsync(id!, CancellationToken.None))!;
                var answer = Assert.Single(workshop.Answers);
                Assert.True(answer.IsAsync);
                Assert.Equal(InvitationState.Invited, (await h.Workshops.GetInvitationAsync(id!, TestUsers.Boris.Id, CancellationToken.None))!.State);
            })
            .StartTestAsync();
    }

    private BotTestHost CreateHost(string tablePrefix, TestChannel teams) => BotTestHost.Create(output, services =>
    {
        services.RemoveAll<TestChannel>();
        services.AddSingleton(teams);
        services.RemoveAll<IConfiguration>();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder()
            .AddInMemoryCollection(BotTestHost.ExportSettings)
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:Provider"] = "AzureTables",
                ["Storage:ConnectionString"] = azurite.ConnectionString,
                ["Storage:TablePrefix"] = tablePrefix,
            }).Build());
        services.AddCjmBotStorage();
    });
}
