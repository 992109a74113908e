using CjmBot.Workshops;
using Azure.Data.Tables;
using CjmBot.IntegrationTests.Storage;
using CjmBot.Storage;
using CjmBot.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Xunit;
using Xunit.Abstractions;

namespace CjmBot.IntegrationTests.Bot;

/// <summary>
/// <c>delete</c> as a conversation against Azurite, then every table read directly: nothing of the workshop is left
/// (its partition, its index row, its timer and map jobs, the bot's state about it), and a neighbour is untouched.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class DeletionOnAzuriteTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    [Fact]
    public async Task Delete_Confirmed_LeavesZeroRowsOfTheWorkshopInAnyTable()
    {
        var client = azurite.GetReachableClient();
        var options = new TableStorageOptions { ConnectionString = azurite.ConnectionString, TablePrefix = AzuriteFixture.NewTablePrefix() };
        string? deleted = null;
        string? neighbour = null;
        await using (var host = CreateHost(options))
        {
            await StartAsync(host.Flow().In(TestConversation.Personal))
                .Then(async h => neighbour = await h.Workshops.GetActiveWorkshopIdAsync(TestConversation.Personal.Id, CancellationToken.None))
                .StartTestAsync();
            await StartAsync(host.Flow().In(TestConversation.Channel))
                .Send("An answer")
                .Send("insight Delivery cost scares people")
                .AssertReply("💡 Insight noted.")
                .Send("timer 3")
                .AssertReplyContains("Timer set: 3 min")
                .Then(async h => deleted = await h.Workshops.GetActiveWorkshopIdAsync(TestConversation.Channel.Id.Split(";messageid=")[0], CancellationToken.None))
                .Then(async _ => Assert.True(await CountRowsMentioningAsync(client, options, deleted!) >= 8))
                .Send("delete")
                .AssertCard(card => Assert.Contains("Delete the workshop **Checkout**", card.Heading, StringComparison.Ordinal))
                .Click("Delete for good")
                .AssertInvokeCard(card =>
                {
                    Assert.Contains("- answers: 1", card.Heading, StringComparison.Ordinal);
                    Assert.Contains("- insights: 1", card.Heading, StringComparison.Ordinal);
                    Assert.Contains("- scheduled jobs (timers, map redraws): 2", card.Heading, StringComparison.Ordinal);
                    Assert.Contains("- saved bot state (live map, conversation address, personal-chat progress): 2", card.Heading, StringComparison.Ordinal);
                    Assert.Contains("- the live map message in the chat: 1", card.Heading, StringComparison.Ordinal);
                })
                .AssertMessageDeleted()
                .AssertNoMoreReplies()
                .StartTestAsync();
        }

        Assert.Equal(0, await CountRowsMentioningAsync(client, options, deleted!));
        Assert.True(await CountRowsMentioningAsync(client, options, neighbour!) >= 4, "The other workshop must be untouched.");
        foreach (var table in new[] { options.WorkshopsTableName, options.ConversationsTableName, options.JobsTableName, options.StateTableName })
        {
            await client.DeleteTableAsync(table);
        }
    }

    /// <summary>A table the run never wrote to is not created (the state table, when no cursor or marker was needed).</summary>
    private static async Task<bool> ExistsAsync(TableServiceClient client, string table)
    {
        await foreach (var _ in client.QueryAsync(TableClient.CreateQueryFilter($"TableName eq {table}")))
        {
            return true;
        }

        return false;
    }

    /// <summary>Anna starts a two-stage workshop "Checkout" in the flow's conversation.</summary>
    internal static TestFlow StartAsync(TestFlow flow) => flow
        .Send("new")
        .AssertCard(card => Assert.Equal("New customer journey map", card.Heading))
        .Click("Start workshop", ("title", "Checkout"), ("product", "Store"), ("goal", "Drop-offs"),
            ("template", "Custom"), ("customStages", "Search, Purchase"), ("segments", "Shop owner: 5 people"))
        .AssertInvokeCard(card => Assert.Equal("Workshop started", card.Heading))
        .AssertCard(card => Assert.Equal("Customer journey map", card.Heading))
        .AssertCard(card => Assert.Equal("What is the customer's goal at this stage?", card.Texts[1]));

    /// <summary>Rows in any of the bot's tables whose keys or workshop column name the workshop (read straight from the tables).</summary>
    internal static async Task<int> CountRowsMentioningAsync(TableServiceClient client, TableStorageOptions options, string workshopId)
    {
        var count = 0;
        foreach (var table in new[] { options.WorkshopsTableName, options.ConversationsTableName, options.JobsTableName, options.StateTableName })
        {
            if (!await ExistsAsync(client, table))
            {
                continue;
            }

            await foreach (var row in client.GetTableClient(table).QueryAsync<TableEntity>())
            {
                if (row.PartitionKey.Contains(workshopId, StringComparison.Ordinal)
                    || row.RowKey.Contains(workshopId, StringComparison.Ordinal)
                    || row.Select(pair => pair.Value).OfType<string>().Any(value => value.Contains(workshopId, StringComparison.Ordinal)))
                {
                    count++;
                }
            }
        }

        return count;
    }

    private BotTestHost CreateHost(TableStorageOptions options) => BotTestHost.Create(output, services =>
    {
        services.RemoveAll<IConfiguration>();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder()
            .AddInMemoryCollection(BotTestHost.ExportSettings)
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:Provider"] = "AzureTables",
                ["Storage:ConnectionString"] = options.ConnectionString,
                ["Storage:TablePrefix"] = options.TablePrefix,
            }).Build());
        services.AddCjmBotStorage();
    });
}
