using CjmBot.Application;
using CjmBot.Application.Requests;
using CjmBot.Application.UseCases.Reading;
using CjmBot.Application.UseCases.Sessions;
using CjmBot.Bot.Chat;
using CjmBot.Bot.Commands;
using CjmBot.Bot.LiveMap;
using CjmBot.Bot.Rendering;
using CjmBot.Cards.Localization;
using CjmBot.Cards.Screens;
using CjmBot.Cards.Submissions;
using CjmBot.Protocol.Routing;
using CjmBot.Protocol.Schema;
using CjmBot.Protocol.Turns;
using CjmBot.Workshops;

namespace CjmBot.Bot.Routes;

/// <summary>
/// <c>delete</c>: asks the facilitator to confirm, then removes the workshop completely and says what was removed; last,
/// the live map message leaves the chat (where the chat will not delete it, it is replaced by a note). The confirmation
/// is honoured only on that card, from a facilitator, while its workshop is still the conversation's current one.
/// </summary>
public sealed class DeletionRoutes(UseCaseRunner workshops, PostedCards cards, LiveMaps maps)
    : IRouteGroup, ICommandGroup
{
    public IEnumerable<KeyValuePair<BotCommand, CommandHandler>> Handlers => [new(BotCommands.Delete, AskAsync)];

    public void Register(ActivityRouter router)
    {
        foreach (var verb in DeleteWorkshopSubmit.Verbs)
        {
            router.OnCardAction(verb, OnAnswerAsync);
        }
    }

    private async Task AskAsync(ITurnContext turn, ParsedCommand command, Language language, CancellationToken cancellationToken)
    {
        var outcome = await workshops.RunAsync(new ReadWorkshop(TurnOrigins.Of(turn), WorkshopView.Deletion), cancellationToken).ConfigureAwait(false);
        if (outcome is WorkshopRead read)
        {
            await cards.PostAsync(turn, DeleteConfirmationCard.Create(read.Workshop.Frame), CardKinds.DeleteConfirmation, read.Workshop.Frame.Id, cancellationToken)
                .ConfigureAwait(false);
            return;
        }

        await Replies.SentCommonAsync(turn, outcome, language, cancellationToken).ConfigureAwait(false);
    }

    private async Task<CardActionResult> OnAnswerAsync(ITurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        var language = TurnLanguage.Of(turn.Activity);
        if (DeleteWorkshopSubmit.Read(action.Verb, action.Data) is not { } submit)
        {
            return CardActionResult.ShowMessage(SummaryText.For(language).DeleteStale);
        }

        var outcome = await workshops.RunAsync(new DeleteWorkshop(TurnOrigins.Of(turn), submit.WorkshopId, submit.Confirm), cancellationToken)
            .ConfigureAwait(false);
        switch (outcome)
        {
            case DeletionCancelled cancelled:
                var cancelledIn = cancelled.Workshop.Frame.Language;
                return CardActionResult.ReplaceCheckedCard(MessageCard.Create(SummaryText.For(cancelledIn).DeleteCancelled, cancelledIn));
            case WorkshopDeleted deleted:
                // The confirmation card becomes the receipt, so it cannot be clicked again.
                var mapMessage = LiveMaps.Read(deleted.LiveMap) is { State: var map }
                    ? await maps.RetractAsync(deleted.Workshop.Frame.Id, map, deleted.Workshop.Frame.Language, cancellationToken).ConfigureAwait(false)
                    : MapMessageRemoval.NoMap;
                var deletedIn = deleted.Workshop.Frame.Language;
                return CardActionResult.ReplaceCheckedCard(MessageCard.Create(DeletionReport.Describe(deleted, mapMessage), deletedIn));
            case Application.Outcomes.Refused { Reason: Application.Gate.Refusal.StaleCard } stale:
                return CardActionResult.ShowMessage(SummaryText.For(stale.Workshop?.Frame.Language ?? language).DeleteStale);
            case Application.Outcomes.WorkshopGone:
                return CardActionResult.ShowMessage(SummaryText.For(language).AlreadyDeleted);
            default:
                return Replies.CommonCard(turn, action, outcome, language)!;
        }
    }
}
