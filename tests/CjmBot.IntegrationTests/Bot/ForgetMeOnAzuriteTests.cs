using Azure.Data.Tables;
using CjmBot.Bot.Async;
using CjmBot.IntegrationTests.Storage;
using CjmBot.Protocol.Schema;
using CjmBot.Protocol.State;
using CjmBot.Storage;
using CjmBot.Testing;
using CjmBot.Workshops;
using CjmBot.Workshops.Async;
using CjmBot.Workshops.Frame;
using CjmBot.Workshops.Voting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Xunit;
using Xunit.Abstractions;

namespace CjmBot.IntegrationTests.Bot;

/// <summary>
/// <c>forget me</c> as a conversation against Azurite, then every entity of every table read directly, every property: nothing
/// holds the person's id, name or any of their answers' words, while vote totals and the other people's answers are unchanged.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ForgetMeOnAzuriteTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    /// <summary>Teams' personal-chat ids are opaque (they do not contain the user's id).</summary>
    private static readonly TestConversation BorisChat = new("a:1Xq9opaque-personal-chat", ConversationTypes.Personal);

    private static readonly string[] BorisTexts =
        ["Prices are hidden until the last step", "Prices are hidden until the very last step", "People fear extra delivery fees", "Ship faster and cheaper"];

    [Fact]
    public async Task ForgetMe_LeavesNoEntityWithTheirIdNameOrWords_AndKeepsVoteTotalsAndOthersAnswers()
    {
        var client = azurite.GetReachableClient();
        var options = new TableStorageOptions { ConnectionString = azurite.ConnectionString, TablePrefix = AzuriteFixture.NewTablePrefix() };
        var boris = new Participant(TestUsers.Boris.Id, TestUsers.Boris.Name);
        string? workshopId = null;
        IReadOnlyList<string>? chloeAnswersBefore = null;
        int totalVotesBefore = 0;
        await using (var host = CreateHost(options))
        {
            await host.Flow()
                .In(TestConversation.GroupChat)
                .Send("new")
                .AssertCard(card => Assert.Equal("New customer journey map", card.Heading))
                .Click("Start workshop", ("title", "Checkout"), ("product", "Store"), ("goal", "Drop-offs"),
                    ("template", "Custom"), ("customStages", "Search, Purchase"), ("segments", "Shop owner: 5 people"))
                .AssertInvokeCard(card => Assert.Equal("Workshop started", card.Heading))
                .AssertCard(card => Assert.Equal("Customer journey map", card.Heading))
                .AssertCard(card => Assert.Equal("What is the customer's goal at this stage?", card.Texts[1]))
                .As(TestUsers.Boris).Send(BorisTexts[0])
                .Send("edit " + BorisTexts[1])
                .AssertReplyContains("✏")
                .Send("insight " + BorisTexts[2])
                .AssertReply("💡 Insight noted.")
                .As(TestUsers.Chloe).Send("Too many steps")
                .Send("Coupon field is confusing")
                .Then(async h =>
                {
                    workshopId = await h.Workshops.GetActiveWorkshopIdAsync(TestConversation.GroupChat.Id, CancellationToken.None);
                    var id = workshopId!;
                    var snapshot = (await h.Workshops.LoadAsync(id, CancellationToken.None))!;
                    var chloeAnswer = snapshot.Answers.First(a => a.Author.Id == TestUsers.Chloe.Id).Id;
                    var none = CancellationToken.None;
                    // What the other commands would leave of Boris (their own suites cover how): a ballot, an action item he owns,
                    // a conclusion, an invitation with its sequence state, cursor and reminders.
                    await h.Workshops.SetVotingAsync(id, new VotingState(VotingStatus.Open, 3, T0, Anna), none);
                    await h.Workshops.CastBallotAsync(new Ballot(id, "shop-owner", boris, new Dictionary<string, int> { [chloeAnswer] = 2 }, T0), none);
                    await h.Workshops.CastBallotAsync(new Ballot(id, "shop-owner", Chloe, new Dictionary<string, int> { [chloeAnswer] = 1 }, T0), none);
                    await h.Workshops.AddActionItemAsync(new ActionItem
                    {
                        Id = "act1", WorkshopId = id, AnswerId = chloeAnswer, SegmentId = "shop-owner", Text = "Cut the steps", Owner = boris,
                        Due = new DateOnly(2026, 12, 20), AssignedBy = Anna, At = T0,
                    }, none);
                    await h.Workshops.AddConclusionAsync(new Conclusion
                    {
                        Id = "con1", WorkshopId = id, Topic = ConclusionTopic.KpiChanges, Text = BorisTexts[3], Author = boris, At = T0,
                    }, none);
                    await h.Workshops.SaveInvitationAsync(new Invitation(id, boris, "sales", InvitationState.Invited, T0, "{\"user\":\"" + boris.Id + "\"}"), none);
                    await h.Workshops.WriteStateAsync(id, AsyncSequences.StateName(boris.Id), "{\"answers\":1}", WorkshopStateItem.AnyETag, none);
                    await h.Services.GetRequiredService<AsyncSequenceCursor>().SetAsync(boris.Id, id, none);
                    await h.Services.GetRequiredService<AsyncSchedule>().ScheduleRemindersAsync(id, boris.Id, h.Time.GetUtcNow().AddDays(3), none);
                    var loaded = (await h.Workshops.LoadAsync(id, none))!;
                    chloeAnswersBefore = [.. loaded.Answers.Where(a => a.Author.Id == TestUsers.Chloe.Id).Select(a => a.Text!)];
                    totalVotesBefore = loaded.Decisions.Ballots.Sum(ballot => ballot.VotesFor(chloeAnswer));
                    Assert.True(await CountMentionsAsync(client, options, boris) >= 10);
                })
                .As(TestUsers.Boris).In(BorisChat)
                .Send("forget me")
                .AssertCard(card => Assert.StartsWith("Forget everything you said? In 1 workshop", card.Heading, StringComparison.Ordinal))
                .Click("Forget me")
                .AssertInvokeCard(card => Assert.Equal(
                    "🧹 You are forgotten in 1 workshop. Removed or anonymised:\n\n- answers removed: 1\n\n- edits removed: 1\n\n- insights removed: 1" +
                    "\n\n- conclusions removed: 1\n\n- invitations removed: 1\n\n- ballots kept only as anonymous counts: 1" +
                    "\n\n- action items now held by a former participant: 1\n\n- saved bot state and card records removed: 2", card.Heading))
                .Then(async h =>
                {
                    var loaded = (await h.Workshops.LoadAsync(workshopId!, CancellationToken.None))!;
                    Assert.Equal(chloeAnswersBefore, loaded.Answers.Where(a => a.Author.Id == TestUsers.Chloe.Id).Select(a => a.Text!));
                    var chloeAnswer = loaded.Answers.First(a => a.Author.Id == TestUsers.Chloe.Id).Id;
                    Assert.Equal(totalVotesBefore, loaded.Decisions.Ballots.Sum(ballot => ballot.VotesFor(chloeAnswer)));
                    Assert.Equal(2, loaded.Decisions.Ballots.Count);
                    Assert.Equal(3, totalVotesBefore);
                    Assert.True(Assert.Single(loaded.ActionItems).Owner.IsFormer);
                })
                .StartTestAsync();
        }

        Assert.Equal(0, await CountMentionsAsync(client, options, boris));
        foreach (var table in Tables(options))
        {
            await client.DeleteTableAsync(table);
        }
    }

    private static readonly DateTimeOffset T0 = new(2026, 12, 2, 10, 0, 0, TimeSpan.Zero);
    private static readonly Participant Anna = new(TestUsers.Anna.Id, TestUsers.Anna.Name);
    private static readonly Participant Chloe = new(TestUsers.Chloe.Id, TestUsers.Chloe.Name);

    private static string[] Tables(TableStorageOptions options) =>
        [options.WorkshopsTableName, options.ConversationsTableName, options.JobsTableName, options.StateTableName];

    /// <summary>Entities of any of the bot's tables that hold the person's id (as written or escaped), name or any of their words, in any key or property.</summary>
    private async Task<int> CountMentionsAsync(TableServiceClient client, TableStorageOptions options, Participant person)
    {
        string[] needles = [person.Id, Uri.EscapeDataString(person.Id), StateKeys.Escape(person.Id), person.Name, .. BorisTexts, "boris"];
        var count = 0;
        foreach (var table in Tables(options))
        {
            await foreach (var row in client.GetTableClient(table).QueryAsync<TableEntity>())
            {
                var values = row.Select(pair => pair.Value?.ToString() ?? "").Append(row.PartitionKey).Append(row.RowKey);
                if (values.FirstOrDefault(value => needles.Any(needle => value.Contains(needle, StringComparison.OrdinalIgnoreCase))) is { } hit)
                {
                    output.WriteLine($"{table} {row.PartitionKey} {row.RowKey}: {hit}");
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
