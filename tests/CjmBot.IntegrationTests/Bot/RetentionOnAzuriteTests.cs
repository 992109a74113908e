using CjmBot.IntegrationTests.Storage;
using CjmBot.Storage;
using CjmBot.Testing;
using CjmBot.Workshops;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Xunit;
using Xunit.Abstractions;

namespace CjmBot.IntegrationTests.Bot;

/// <summary>
/// Retention on Azurite and a fake clock: a workshop closed before a restart is deleted by the new host when its period
/// runs out, once, while two instances poll the schedule; then no table holds a row of it, and its neighbour stays.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class RetentionOnAzuriteTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    [Fact]
    public async Task ClosedBeforeARestart_IsDeletedOnceAcrossTwoInstances_AndLeavesNoRow()
    {
        var client = azurite.GetReachableClient();
        var options = new TableStorageOptions { ConnectionString = azurite.ConnectionString, TablePrefix = AzuriteFixture.NewTablePrefix() };
        var teams = new TestChannel();
        string? closed = null;
        string? neighbour = null;
        await using (var before = CreateHost(options, teams))
        {
            await DeletionOnAzuriteTests.StartAsync(before.Flow().In(TestConversation.Personal))
                .Then(async h => neighbour = await h.Workshops.GetActiveWorkshopIdAsync(TestConversation.Personal.Id, CancellationToken.None))
                .StartTestAsync();
            await DeletionOnAzuriteTests.StartAsync(before.Flow().In(TestConversation.GroupChat))
                .Send("close")
                .AssertReplyContains("Workshop closed")
                .Then(async h => closed = await h.Workshops.GetActiveWorkshopIdAsync(TestConversation.GroupChat.Id, CancellationToken.None))
                .StartTestAsync();
        }

        Assert.True(await DeletionOnAzuriteTests.CountRowsMentioningAsync(client, options, closed!) >= 6);
        await using var after = CreateHost(options, teams);
        await using var second = after.AnotherInstance(services => Configure(services, options));
        await after.Flow()
            .In(TestConversation.GroupChat)
            .Then(async h =>
            {
                h.Time.Advance(TimeSpan.FromDays(23) + TimeSpan.FromMinutes(1));
                await Task.WhenAll(h.Scheduler.RunDueJobsAsync(CancellationToken.None), second.Scheduler.RunDueJobsAsync(CancellationToken.None));
            })
            .AssertReply(reply => Assert.StartsWith("🗑 “Checkout” will be deleted with everything in it on 2026-12-23 09:00 UTC", reply.Text, StringComparison.Ordinal))
            .AssertPersonalChatOpened(TestUsers.Anna)
            .AssertReplyIn(TestConversation.PersonalWith(TestUsers.Anna), "🗑 “Checkout” will be deleted with everything in it on 2026-12-23 09:00 UTC, 30 days after it was closed. "
                + "Export it now (`export`) or keep it longer (`retention 90`, or `retention off`).")
            .AssertNoMoreReplies()
            .Then(async h =>
            {
                h.Time.Advance(TimeSpan.FromDays(7));
                var ran = await Task.WhenAll(h.Scheduler.RunDueJobsAsync(CancellationToken.None), second.Scheduler.RunDueJobsAsync(CancellationToken.None));
                Assert.Equal(1, ran.Sum());
                Assert.Equal(0, await h.Scheduler.RunDueJobsAsync(CancellationToken.None) + await second.Scheduler.RunDueJobsAsync(CancellationToken.None));
            })
            .AssertMessageDeleted()
            .AssertReply("🗑 “Checkout” was deleted with everything in it: its retention (30 days once closed) ran out.")
            .AssertNoMoreReplies()
            .Then(async h =>
            {
                Assert.Equal(0, await DeletionOnAzuriteTests.CountRowsMentioningAsync(client, options, closed!));
                Assert.NotNull(await h.Workshops.LoadAsync(neighbour!, CancellationToken.None));
            })
            .StartTestAsync();
    }

    private BotTestHost CreateHost(TableStorageOptions options, TestChannel teams) => BotTestHost.Create(output, services =>
    {
        services.RemoveAll<TestChannel>();
        services.AddSingleton(teams);
        Configure(services, options);
        services.AddCjmBotStorage();
    });

    /// <summary>Every instance runs with the same settings, as behind a load balancer.</summary>
    private static void Configure(IServiceCollection services, TableStorageOptions options)
    {
        services.RemoveAll<IConfiguration>();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder()
            .AddInMemoryCollection(BotTestHost.ExportSettings)
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:Provider"] = "AzureTables",
                ["Storage:ConnectionString"] = options.ConnectionString,
                ["Storage:TablePrefix"] = options.TablePrefix,
                ["Retention:ClosedWorkshopDays"] = "30",
            }).Build());
    }
}
