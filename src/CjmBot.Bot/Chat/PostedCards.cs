using CjmBot.Application.Gate;
using CjmBot.Bot.Routes;
using CjmBot.Protocol.Schema;
using CjmBot.Protocol.Turns;
using CjmBot.Workshops;

namespace CjmBot.Bot.Chat;

/// <summary>
/// Posts a card whose buttons may replace it (help, the setup form, a delete confirmation) and records which message
/// holds it, so that a click can later be checked against what the card really is (see the gate's card check).
/// </summary>
public sealed class PostedCards(IWorkshopRepository repository, CardsBeingPosted cardsBeingPosted)
{
    public async Task PostAsync(
        ITurnContext turn, System.Text.Json.Nodes.JsonObject card, string kind, string? workshopId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var origin = TurnOrigins.Of(turn);
        using var posting = cardsBeingPosted.Begin(origin.ConversationId);
        var posted = await turn.SendActivityAsync(new Activity { Attachments = [Attachment.AdaptiveCard(card)] }, cancellationToken).ConfigureAwait(false);
        if (posted.Id is { Length: > 0 } messageId)
        {
            await repository.RecordCardAsync(new PostedCard(origin.ConversationId, messageId, kind, workshopId, origin.Actor.Id), cancellationToken)
                .ConfigureAwait(false);
        }
    }
}
