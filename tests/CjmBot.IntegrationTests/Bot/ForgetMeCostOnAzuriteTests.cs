using CjmBot.IntegrationTests.Storage;
using CjmBot.Protocol.Schema;
using CjmBot.Storage;
using CjmBot.Testing;
using CjmBot.Workshops;
using CjmBot.Workshops.Contributions;
using CjmBot.Workshops.Frame;
using CjmBot.Workshops.Questions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Xunit;
using Xunit.Abstractions;

namespace CjmBot.IntegrationTests.Bot;

/// <summary>
/// What <c>forget me</c> costs in storage requests for a person in 10 workshops of 500 answers each (50 of them theirs), counted
/// on the wire (<see cref="StorageRequestCounter"/>) from the confirming click to the receipt, effects included. Printed, not
/// asserted as a number (a measurement); what is asserted is that it did its work and grows with workshops, not answers.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ForgetMeCostOnAzuriteTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    private const int Workshops = 10;
    private const int AnswersPerWorkshop = 500;
    private const int TheirsPerWorkshop = 50;

    [Fact]
    public async Task ForgetMe_TenWorkshopsOf500Answers_CountsItsStorageRequests()
    {
        var client = azurite.GetReachableClient();
        var options = new TableStorageOptions { ConnectionString = azurite.ConnectionString, TablePrefix = AzuriteFixture.NewTablePrefix() };
        var boris = new Participant(TestUsers.Boris.Id, TestUsers.Boris.Name);
        var chat = new TestConversation("a:1Xq9opaque-cost-chat", ConversationTypes.Personal);
        var start = new DateTimeOffset(2026, 12, 2, 10, 0, 0, TimeSpan.Zero);
        long before = 0;
        long after = 0;
        IReadOnlyDictionary<string, long>? kindsBefore = null;
        IReadOnlyDictionary<string, long>? kindsAfter = null;
        await using (var host = CreateHost(options))
        {
            var counter = host.Services.GetRequiredService<StorageRequestCounter>();
            for (var w = 0; w < Workshops; w++)
            {
                var frame = new WorkshopFrame
                {
                    Id = $"ws-cost-{w}", ConversationId = $"19:cost-{w}@thread.v2", Title = $"Cost {w}", Product = "Store", Goal = "Drop-offs",
                    MapType = MapType.CurrentState, Template = StageTemplate.Custom, Stages = ["Search", "Purchase"],
                    Segments = [new Segment("s", "Shop owner", "5 people")], KpiEnabled = false, Anonymous = false, Timebox = null,
                    Language = Language.En, CreatedBy = new Participant(TestUsers.Anna.Id, TestUsers.Anna.Name), CreatedAt = start.AddMinutes(w),
                    Facilitators = [TestUsers.Anna.Id],
                };
                await host.Workshops.CreateAsync(frame, CjmBot.Workshops.Progress.WorkshopProgress.Begin(frame, start), CancellationToken.None);
                await Parallel.ForEachAsync(Enumerable.Range(0, AnswersPerWorkshop), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, ct) =>
                {
                    var author = i % (AnswersPerWorkshop / TheirsPerWorkshop) == 0 ? boris : new Participant($"29:1person-{i % 37}", $"Person {i % 37}");
                    await host.Workshops.AddContributionAsync(new Contribution
                    {
                        Id = $"{frame.Id}-a{i:D3}", WorkshopId = frame.Id, Kind = ContributionKind.Answer, Author = author, At = start.AddSeconds(i),
                        SegmentId = "s", StageIndex = i % 2, Question = QuestionKey.Barriers, Text = $"Answer {i} of {frame.Id}",
                    }, ct);
                });
            }

            await host.Flow()
                .As(TestUsers.Boris).In(chat)
                .Send("forget me")
                .AssertCard(card => Assert.StartsWith($"Forget everything you said? In {Workshops} workshops", card.Heading, StringComparison.Ordinal))
                .Then(_ =>
                {
                    before = counter.Requests;
                    kindsBefore = counter.ByKind();
                })
                .Click("Forget me")
                .AssertInvokeCard(card => Assert.Equal(
                    $"🧹 You are forgotten in {Workshops} workshops. Removed or anonymised:\n\n- answers removed: {Workshops * TheirsPerWorkshop}" +
                    "\n\n- saved bot state and card records removed: 1", card.Heading))
                .Then(_ =>
                {
                    after = counter.Requests;
                    kindsAfter = counter.ByKind();
                })
                .StartTestAsync();

            for (var w = 0; w < Workshops; w++)
            {
                var left = (await host.Workshops.LoadAsync($"ws-cost-{w}", CancellationToken.None))!;
                Assert.Equal(AnswersPerWorkshop - TheirsPerWorkshop, left.Answers.Count);
                Assert.DoesNotContain(left.Contributions, c => c.Author.Id == boris.Id);
            }
        }

        var requests = after - before;
        output.WriteLine($"forget me, {Workshops} workshops x {AnswersPerWorkshop} answers ({TheirsPerWorkshop} theirs each): {requests} storage requests");
        foreach (var (kind, count) in kindsAfter!.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            var delta = count - kindsBefore!.GetValueOrDefault(kind);
            if (delta > 0)
            {
                output.WriteLine($"  {kind}: {delta}");
            }
        }

        File.WriteAllText(Path.Combine(Path.GetTempPath(), "cjmbot-forget-me-cost.txt"), $"{requests}\n");
        Assert.InRange(requests, Workshops, Workshops * 12);
        foreach (var table in new[] { options.WorkshopsTableName, options.ConversationsTableName, options.JobsTableName, options.StateTableName })
        {
            await client.DeleteTableAsync(table);
        }
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
