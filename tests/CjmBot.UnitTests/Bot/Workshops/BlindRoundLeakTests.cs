using System.Text;
using System.Text.Json;
using CjmBot.Export;
using CjmBot.Export.MapPage;
using CjmBot.Protocol.Schema;
using CjmBot.Protocol.Serialization;
using CjmBot.Testing;
using CjmBot.UnitTests.Export;
using CjmBot.Workshops;
using Xunit;
using Xunit.Abstractions;

namespace CjmBot.UnitTests.Bot.Workshops;

/// <summary>
/// Before the reveal, nothing the bot produces holds a blind answer's words: no message or card it sends or updates (all
/// captured by the test adapter), no card it answers a click with, no export in any format, not the full map page. After
/// the reveal the same checks find them, so the checks can fail.
/// </summary>
public sealed class BlindRoundLeakTests(ITestOutputHelper output)
{
    private static readonly string[] Secrets = ["ZEBRA-GOAL", "ZEBRA-FEELING", "ZEBRA-BARRIER", "ZEBRA-SOLUTION"];

    [Fact]
    public async Task BeforeReveal_NoMessageCardExportOrMapPageHoldsABlindAnswer_AfterRevealAllDo()
    {
        await using var host = BotTestHost.Create(output);
        var flow = host.Flow()
            .In(TestConversation.GroupChat)
            .StartTwoStageWorkshop()
            .KeepCard("goal")
            .Send("blind stage")
            .AssertCard(card => Assert.StartsWith("🙈 The stage **Search**", card.Heading, StringComparison.Ordinal));

        flow = flow.UseCard("goal").As(TestUsers.Boris);
        flow = AnswerOnCurrentCard(flow, TestUsers.Boris, ("answer", "ZEBRA-GOAL compare prices"))
            .As(TestUsers.Anna).SendLater("next").AssertQuestion("Where does the customer meet us at this stage?")
            .SendLater("next").AssertQuestion("What does the customer feel here?");
        flow = AnswerOnCurrentCard(flow, TestUsers.Chloe, ("score", "-2"), ("answer", "ZEBRA-FEELING lost and annoyed"))
            .As(TestUsers.Anna).SendLater("next").AssertQuestion("What stops or frustrates the customer?");
        flow = AnswerOnCurrentCard(flow, TestUsers.Boris, ("answer", "ZEBRA-BARRIER hidden delivery fees"))
            .As(TestUsers.Anna).SendLater("next").AssertQuestion("What would remove these barriers?");
        flow = AnswerOnCurrentCard(flow, TestUsers.Chloe, ("answer", "ZEBRA-SOLUTION show fees up front"));

        // Everything a facilitator or a participant can ask for while the round is blind.
        foreach (var command in new[] { "map", "status", "question", "themes barriers", "themes solutions", "themes goal", "vote", "actions", "export" })
        {
            flow = flow.As(TestUsers.Anna).SendLater(command);
        }

        await flow
            .RunSchedulerAfter(TimeSpan.FromSeconds(3))
            .RunSchedulerAfter(TimeSpan.FromSeconds(3))
            .Then(async h =>
            {
                Assert.True(h.Adapter.History.Count > 10, "The bot said and drew next to nothing; the check would prove nothing.");
                foreach (var call in h.Adapter.History.Where(call => call.Activity is not null))
                {
                    AssertNoSecret($"the bot's {call.Kind} {call.ActivityId}", JsonSerializer.Serialize(call.Activity!, ProtocolJson.TypeInfo<Activity>()));
                }

                var workshop = await BlindRoundTests.ActiveAsync(h, TestConversation.GroupChat);
                Assert.Equal(Secrets.Length, workshop.RecordedAnswers.Count(answer => answer.Text.StartsWith("ZEBRA", StringComparison.Ordinal)));
                foreach (var (where, text) in await ProductsAsync(workshop))
                {
                    AssertNoSecret(where, text);
                }
            })
            .Then(Drain) // what the commands said was checked above; the reveal's reply comes next
            .As(TestUsers.Anna).SendLater("reveal")
            .AssertReply("👀 Revealed: 4 answers are on the map now.")
            .Then(async h =>
            {
                var workshop = await BlindRoundTests.ActiveAsync(h, TestConversation.GroupChat);
                foreach (var (where, text) in await ProductsAsync(workshop))
                {
                    Assert.True(Secrets.All(secret => text.Contains(secret, StringComparison.Ordinal)), $"After the reveal, {where} lacks a revealed answer.");
                }
            })
            .RunSchedulerAfter(TimeSpan.FromSeconds(3))
            .Then(h => Assert.Contains(
                h.Adapter.History.Where(call => call.Kind == OutboundKind.Update && call.Activity is not null),
                call => JsonSerializer.Serialize(call.Activity!, ProtocolJson.TypeInfo<Activity>()).Contains("ZEBRA-BARRIER", StringComparison.Ordinal)))
            .StartTestAsync();
    }

    /// <summary>Answers on the card the bot posted last, as <paramref name="user"/>; the card it answers with holds no blind words.</summary>
    private static TestFlow AnswerOnCurrentCard(TestFlow flow, TestUser user, params (string Input, string Value)[] inputs) =>
        flow.As(user).Click("Send answer", inputs)
            .AssertInvokeCard(card =>
            {
                Assert.Contains("✓ Recorded. Hidden from everyone until the reveal.", card.Texts);
                AssertNoSecret("the card answering a click", card.Json.ToJsonString());
            });

    /// <summary>Every export format and the full map page, as text.</summary>
    private static async Task<IReadOnlyList<(string Where, string Text)>> ProductsAsync(WorkshopSnapshot workshop)
    {
        var products = new List<(string, string)>();
        foreach (var format in Enum.GetValues<ExportFormat>())
        {
            var text = format == ExportFormat.Xlsx
                ? string.Join("\n", XlsxWorkbook.Read(await ExportSamples.BytesAsync(format, workshop)).Sheets.Values.SelectMany(cells => cells.Values).Select(cell => cell.Value))
                : await ExportSamples.TextAsync(format, workshop);
            products.Add(($"the {format} export", text));
        }

        var page = MapPageRenderer.Render(workshop, workshop.Frame.Language);
        products.Add(("the full map page", new StringBuilder().AppendJoin("", page.Parts.Select(part => part.Html)).ToString()));
        return products;
    }

    private static void AssertNoSecret(string where, string text)
    {
        foreach (var secret in Secrets)
        {
            Assert.False(text.Contains(secret, StringComparison.Ordinal), $"Before the reveal, {where} holds the blind answer {secret}.");
        }
    }

    private static void Drain(BotTestHost host)
    {
        while (host.Adapter.NextOutbound() is not null)
        {
        }
    }
}
