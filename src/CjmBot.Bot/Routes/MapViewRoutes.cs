using CjmBot.Bot.Workshops;
using CjmBot.Cards.Localization;
using CjmBot.Cards.Screens;
using CjmBot.Cards.Submissions;
using CjmBot.Protocol.Routing;
using CjmBot.Protocol.Schema;
using CjmBot.Protocol.Turns;
using CjmBot.Workshops;

namespace CjmBot.Bot.Routes;

/// <summary>
/// The map's "All answers of this stage" button (and the "Next page" of what it posts): every answer of a stage, in full,
/// as a card of its own in the conversation. Anyone there may ask; the map itself stays as it is.
/// </summary>
public sealed class MapViewRoutes(IWorkshopRepository repository) : IRouteGroup
{
    public void Register(ActivityRouter router) => router.OnCardAction(MapLaneSubmit.VerbName, ShowAllAsync);

    private async Task<CardActionResult> ShowAllAsync(ITurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        var view = MapLaneSubmit.Read(action.Data);
        var workshop = view is null ? null : await repository.LoadAsync(view.WorkshopId, cancellationToken).ConfigureAwait(false);
        if (view is null || workshop is null || workshop.Frame.ConversationId != WorkshopConversation.Key(turn.Activity)
            || workshop.Frame.FindSegment(view.SegmentId) is null || view.Stage >= workshop.Frame.Stages.Count
            || (view.Question is { } question && !workshop.Frame.Questions.Contains(question)))
        {
            // A forged card, or one of a workshop that is gone: show nothing of a workshop the card does not belong to.
            return CardActionResult.ShowMessage(WorkshopText.For(workshop?.Frame.Language ?? TurnLanguage.Of(turn.Activity)).StaleCard);
        }

        await turn.SendActivityAsync(
            new Activity { Attachments = [Attachment.AdaptiveCard(MapStageCard.Create(workshop, view))] }, cancellationToken).ConfigureAwait(false);

        // Execute tells the clicker where it went; Submit needs no second message after the card.
        return CardActionResult.ShowMessage(action.IsExecute ? MapViewText.For(workshop.Frame.Language).Posted : "");
    }
}
