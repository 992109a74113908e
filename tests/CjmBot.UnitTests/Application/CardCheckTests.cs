using Xunit;
using CjmBot.Application.Gate;
using CjmBot.Application.Requests;
using CjmBot.Workshops;
using CjmBot.Workshops.Frame;
using Microsoft.Extensions.Logging.Abstractions;

namespace CjmBot.UnitTests.Application;

/// <summary>
/// The gate's card check when a click overtakes the record of the card it came from: Teams shows a card before the
/// bot's send returns, so the record follows the card by a few milliseconds.
/// </summary>
public sealed class CardCheckTests
{
    private const string Chat = "19:chat@thread.v2";
    private static readonly Access HelpButton = new(Who.Anyone, Scope.None) { CardKind = CardKinds.Help };
    private readonly InMemoryWorkshopRepository _repository = new();
    private readonly CardsBeingPosted _posting = new();

    private WorkshopGate Gate => new(_repository, _posting, NullLogger<WorkshopGate>.Instance);

    private static Origin ClickOn(string messageId) =>
        new(Chat, "click-1", new Participant("29:anna", "Anna"), ChatKind.GroupChat) { CardMessageId = messageId };

    [Fact]
    public async Task ClickArrivingWhileItsCardIsStillBeingRecorded_IsAdmittedOnceTheRecordLands()
    {
        var post = _posting.Begin(Chat);
        var admitting = Gate.AdmitAsync(ClickOn("m-help"), HelpButton, CancellationToken.None);
        await Task.Delay(50);
        Assert.False(admitting.IsCompleted, "the gate waits for the post under way instead of calling the card unknown");

        await _repository.RecordCardAsync(new PostedCard(Chat, "m-help", CardKinds.Help, null, "29:anna"), CancellationToken.None);
        post.Dispose();

        var (admission, refusal) = await admitting.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Null(refusal);
        Assert.Equal("m-help", admission.Card?.MessageId);
    }

    [Fact]
    public async Task ClickOnAMessageThatIsNoCardOfTheBots_IsRefusedAfterThePostsUnderWayEnd()
    {
        var post = _posting.Begin(Chat);
        var admitting = Gate.AdmitAsync(ClickOn("m-live-map"), HelpButton, CancellationToken.None);
        await _repository.RecordCardAsync(new PostedCard(Chat, "m-help", CardKinds.Help, null, "29:anna"), CancellationToken.None);
        post.Dispose();

        var (_, refusal) = await admitting.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(Refusal.StaleCard, refusal);
    }

    [Fact]
    public async Task ClickOnAnUnknownMessage_WithNothingBeingPosted_IsRefusedAtOnce()
    {
        var (_, refusal) = await Gate.AdmitAsync(ClickOn("m-unknown"), HelpButton, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(Refusal.StaleCard, refusal);
    }

    [Fact]
    public async Task PostsInAnotherConversation_AreNotWaitedFor()
    {
        using var elsewhere = _posting.Begin("19:other@thread.v2");
        var (_, refusal) = await Gate.AdmitAsync(ClickOn("m-unknown"), HelpButton, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(Refusal.StaleCard, refusal);
    }
}
