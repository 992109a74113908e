using CjmBot.Workshops;
using CjmBot.Testing;
using CjmBot.Workshops.Progress;
using Xunit;
using Xunit.Abstractions;

namespace CjmBot.UnitTests.Bot.Workshops;

/// <summary>Teams delivers a slow turn's message again: a typed command that changes the session must not run twice.</summary>
public sealed class CommandRedeliveryTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Next_DeliveredTwice_MovesOneQuestionAndAnswersOnce()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .StartTwoStageWorkshop()
            .Send("next")
            .AssertQuestion("Where does the customer meet us at this stage?")
            .Redeliver()
            .AssertNoMoreReplies()
            .Then(async h => Assert.Equal(new Position(0, 0, 1), (await WorkshopFlowTests.LoadAsync(h)).Progress.Position))
            .StartTestAsync();
    }

    [Fact]
    public async Task Next_TypedTwiceAtOnce_AsksInsteadOfSkippingAQuestionAndTheThirdMoves()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .StartTwoStageWorkshop()
            .Send("next")
            .AssertQuestion("Where does the customer meet us at this stage?")
            .Send("next")
            .AssertReply("Already moved to 2/6 · Touchpoints (Search); type **next** again to go on.")
            .AssertNoMoreReplies()
            .Then(async h => Assert.Equal(new Position(0, 0, 1), (await WorkshopFlowTests.LoadAsync(h)).Progress.Position))
            .Send("next")
            .AssertQuestion("What does the customer feel here?")
            .Then(async h => Assert.Equal(new Position(0, 0, 2), (await WorkshopFlowTests.LoadAsync(h)).Progress.Position))
            .StartTestAsync();
    }

    [Fact]
    public async Task Next_TypedAgainAfterAWhile_MovesAgain()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .StartTwoStageWorkshop()
            .Send("next")
            .AssertQuestion("Where does the customer meet us at this stage?")
            .SendLater("next", TimeSpan.FromSeconds(6))
            .AssertQuestion("What does the customer feel here?")
            .Then(async h => Assert.Equal(new Position(0, 0, 2), (await WorkshopFlowTests.LoadAsync(h)).Progress.Position))
            .StartTestAsync();
    }

    [Fact]
    public async Task Next_TwiceByTwoFacilitatorsAtOnce_MovesTwice()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .In(TestConversation.GroupChat)
            .StartTwoStageWorkshop()
            .Send(new CjmBot.Protocol.Schema.Activity
            {
                Text = "<at>CjmBot</at> cofacilitator <at>Boris Ivanov</at>",
                Entities =
                [
                    CjmBot.Protocol.Schema.Entity.Mention(TestUsers.Bot),
                    CjmBot.Protocol.Schema.Entity.Mention(new CjmBot.Protocol.Schema.ChannelAccount { Id = TestUsers.Boris.Id, Name = TestUsers.Boris.Name }),
                ],
            })
            .AssertReply("Co-facilitators added: Boris Ivanov.")
            .Send("next")
            .AssertQuestion("Where does the customer meet us at this stage?")
            .As(TestUsers.Boris)
            .Send("next")
            .AssertQuestion("What does the customer feel here?")
            .StartTestAsync();
    }

    [Fact]
    public async Task Copy_DeliveredTwice_StartsOneNewVersion()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .StartTwoStageWorkshop()
            .Send("copy")
            .Then(h =>
            {
                // What the copy itself posted (note, start card, map, first question) is not what this test is about.
                while (h.Adapter.NextOutbound() is not null)
                {
                }
            })
            .Redeliver()
            .AssertNoMoreReplies()
            .Then(async h =>
            {
                var current = await WorkshopFlowTests.LoadAsync(h);
                Assert.Equal(2, current.Frame.Version);
                var all = await h.Workshops.ListWorkshopIdsAsync(TestConversation.Personal.Id, CancellationToken.None);
                Assert.Equal(2, all.Count);
            })
            .StartTestAsync();
    }
}
