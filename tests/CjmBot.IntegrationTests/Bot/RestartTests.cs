using CjmBot.Workshops;
using CjmBot.IntegrationTests.Storage;
using CjmBot.Storage;
using CjmBot.Testing;
using CjmBot.Workshops.Progress;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Xunit;
using Xunit.Abstractions;

namespace CjmBot.IntegrationTests.Bot;

/// <summary>
/// The bot restarted between two turns (a deployment, a crash): the workshop, its progress and its pending
/// timer live in Table Storage, so a new host carries on where the old one stopped.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class RestartTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    [Fact]
    public async Task Restart_BetweenSettingATimerAndItsDueTime_NewHostRemindsOnceAndMovesOn()
    {
        azurite.GetReachableClient();
        var prefix = AzuriteFixture.NewTablePrefix();
        var teams = new TestChannel(); // Teams outlives the bot: the new host updates the messages the old one posted

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
                .Send("An answer before the restart")
                .Send("timer 2")
                .AssertReplyContains("Timer set: 2 min")
                .AssertNoMoreReplies()
                .StartTestAsync();
        }

        await using var after = CreateHost(prefix, teams);
        await after.Flow()
            .In(TestConversation.Channel)
            .Then(async h =>
            {
                h.Time.Advance(TimeSpan.FromMinutes(2));
                Assert.Equal(2, await h.Scheduler.RunDueJobsAsync(CancellationToken.None)); // the map redraw and the timer
                Assert.Equal(0, await h.Scheduler.RunDueJobsAsync(CancellationToken.None));
            })
            .AssertCardUpdate(map => Assert.Contains(map.Texts, text => text.StartsWith("• An answer before the restart", StringComparison.Ordinal)))
            .AssertCardUpdate(question => Assert.Contains("Question 1/6 · 1 answer so far", question.Texts)) // the same redraw counts it on the question card
            .AssertReply("⏰ Time is up for “What is the customer's goal at this stage?”. Moving on.")
            .AssertCard(card => Assert.Equal("Where does the customer meet us at this stage?", card.Texts[1]))
            .Send("An answer after the restart")
            .AssertNoMoreReplies()
            .Then(async h =>
            {
                var id = await h.Workshops.GetActiveWorkshopIdAsync(TestConversation.Channel.Id.Split(";messageid=")[0], CancellationToken.None);
                var workshop = (await h.Workshops.LoadAsync(id!, CancellationToken.None))!;
                Assert.Equal(new Position(0, 0, 1), workshop.Progress.Position);
                Assert.Equal(["An answer before the restart", "An answer after the restart"], workshop.Answers.Select(a => a.Text).ToArray());
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
