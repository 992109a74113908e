using CjmBot.Testing;
using Xunit;
using Xunit.Abstractions;

namespace CjmBot.UnitTests.Bot.Workshops;

/// <summary>The map's "All answers of this stage" button: what the map leaves out, posted in full as a card of its own.</summary>
public sealed class MapFullViewTests(ITestOutputHelper output)
{
    private static readonly TestUser[] FivePeople = Enumerable.Range(1, 5)
        .Select(i => new TestUser($"29:1viewer-{i}", $"Viewer {i}", $"cccccccc-0000-0000-0000-00000000000{i}"))
        .ToArray();

    [Fact]
    public async Task AllAnswersButton_ClickedOnTheMap_PostsTheWholeStageAndTellsTheClicker()
    {
        await using var host = BotTestHost.Create(output);
        await AnswersBeyondTheMap(host.Flow().In(TestConversation.Channel).StartTwoStageWorkshop())
            .Send("map")
            .AssertLiveMap()
            .Click("All answers of this stage (45)")
            .AssertCard(card =>
            {
                Assert.Equal("1. Search · Small shop owner: all answers", card.Heading);
                Assert.Contains("Goal (45)", card.Texts);
                Assert.Equal(45, card.Texts.Count(text => text.StartsWith("• Answer ", StringComparison.Ordinal)));
                Assert.Contains("• Answer 45 from Viewer 5 — Viewer 5", card.Texts);
            })
            .AssertInvokeMessage("All answers are posted in the chat.")
            .AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Fact]
    public async Task AllAnswersButton_ClickedAsSubmit_PostsTheStageAndNothingElse()
    {
        await using var host = BotTestHost.Create(output);
        await AnswersBeyondTheMap(host.Flow().In(TestConversation.Channel).StartTwoStageWorkshop())
            .Send("map")
            .AssertLiveMap()
            .ClickAsSubmit("All answers of this stage (45)")
            .AssertCard(card => Assert.Equal(45, card.Texts.Count(text => text.StartsWith("• Answer ", StringComparison.Ordinal))))
            .AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Fact]
    public async Task AllAnswersButton_ClickedInAnotherConversation_ShowsNothingOfTheWorkshop()
    {
        await using var host = BotTestHost.Create(output);
        await AnswersBeyondTheMap(host.Flow().In(TestConversation.Channel).StartTwoStageWorkshop())
            .Send("map")
            .AssertLiveMap()
            .In(TestConversation.GroupChat) // a forwarded or forged copy of the card
            .Click("All answers of this stage (45)")
            .AssertInvokeMessage("This card is out of date")
            .AssertNoMoreReplies()
            .StartTestAsync();
    }

    private static TestFlow AnswersBeyondTheMap(TestFlow flow)
    {
        // More answers in one lane than the map shows and hides together (40): the rest is left out, so the button appears.
        for (var i = 1; i <= 45; i++)
        {
            var person = FivePeople[(i - 1) % 5];
            flow = flow.As(person).Send($"Answer {i:00} from {person.Name}");
        }

        return flow;
    }
}
