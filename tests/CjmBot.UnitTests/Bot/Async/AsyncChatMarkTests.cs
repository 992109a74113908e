using System.Text.Json.Nodes;
using CjmBot.Protocol.State;
using CjmBot.Testing;
using CjmBot.UnitTests.Bot.Workshops;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using Xunit.Abstractions;

namespace CjmBot.UnitTests.Bot.Async;

/// <summary>
/// Typed text in a personal chat looks at the async-sequence cursor only when the chat's conversation index is marked
/// for sequences; Start marks the chat before it sets the cursor, so the mark never hides a current sequence.
/// </summary>
public sealed class AsyncChatMarkTests(ITestOutputHelper output)
{
    private static readonly TestConversation BorisChat = TestConversation.PersonalWith(TestUsers.Boris);
    private static readonly TestConversation ChloeChat = TestConversation.PersonalWith(TestUsers.Chloe);

    [Fact]
    public async Task Start_InvitedPersonsChat_IsMarkedBeforeTheSequenceTakesTypedText()
    {
        await using var host = BotTestHost.Create(output);
        var flow = host.Flow()
            .In(TestConversation.Channel)
            .StartTwoStageWorkshop()
            .Invite(TestUsers.Boris)
            .AssertInvitation(TestUsers.Boris)
            .AssertReply("✉ Invited in their personal chat: Boris Ivanov.")
            .Then(async h => Assert.False((await h.Workshops.ReadConversationIndexAsync(BorisChat.Id, CancellationToken.None)).HasAsyncSequences))
            .As(TestUsers.Boris).In(BorisChat)
            .Click("Start")
            .AssertInvokeMessage("✓")
            .AssertAsyncQuestion(1, 12, "What is the customer's goal at this stage?", "Stage 1/2: Search")
            .Send("Find a cheap plan fast")
            .AssertReply("✓ Recorded: Goal · Search")
            .Then(async h =>
            {
                Assert.True((await h.Workshops.ReadConversationIndexAsync(BorisChat.Id, CancellationToken.None)).HasAsyncSequences);
                Assert.False((await h.Workshops.ReadConversationIndexAsync(ChloeChat.Id, CancellationToken.None)).HasAsyncSequences);
                Assert.False((await h.Workshops.ReadConversationIndexAsync(TestConversation.Channel.Id, CancellationToken.None)).HasAsyncSequences);
                var workshop = await WorkshopFlowTests.LoadAsync(h, TestConversation.Channel);
                Assert.Equal(["Find a cheap plan fast"], workshop.Answers.Select(a => a.Text).ToArray());
                Assert.True(workshop.Answers[0].IsAsync);
            });
        await flow.StartTestAsync();
    }

    [Fact]
    public async Task TypedText_UnmarkedPersonalChat_NeverReadsTheCursor()
    {
        var reads = new CursorReads();
        await using var host = BotTestHost.Create(output, services => services.AddSingleton<IStateStore>(reads));
        var flow = host.Flow()
            .In(TestConversation.Personal)
            .StartTwoStageWorkshop()
            .Then(_ => reads.Count = 0)
            .Send("Find a cheap plan fast")
            .AssertReply("✓ Recorded: Goal · Search")
            .AssertCard(card => Assert.Equal("Where does the customer meet us at this stage?", card.Texts[1])) // alone: the answer moves on
            .Send("Compare prices")
            .AssertReply("✓ Recorded: Touchpoints · Search")
            .AssertCard(card => Assert.Equal("What does the customer feel here?", card.Texts[1]))
            .Then(h => Assert.Equal(0, reads.Count))
            .As(TestUsers.Boris).In(BorisChat)
            .Send("some words")
            .AssertReplyContains("Sorry, I didn't get that.")
            .Then(h => Assert.Equal(0, reads.Count));
        await flow.StartTestAsync();
    }

    /// <summary>The in-memory state store, counting reads of async-sequence cursors.</summary>
    private sealed class CursorReads : IStateStore
    {
        private readonly MemoryStateStore _inner = new();

        public int Count { get; set; }

        public Task<StoreItem?> ReadAsync(string key, CancellationToken cancellationToken)
        {
            if (key.StartsWith("async-current/", StringComparison.Ordinal))
            {
                Count++;
            }

            return _inner.ReadAsync(key, cancellationToken);
        }

        public Task<string> WriteAsync(string key, string json, string? eTag, CancellationToken cancellationToken) =>
            _inner.WriteAsync(key, json, eTag, cancellationToken);

        public Task<bool> DeleteAsync(string key, string? eTag, CancellationToken cancellationToken) => _inner.DeleteAsync(key, eTag, cancellationToken);
    }
}
