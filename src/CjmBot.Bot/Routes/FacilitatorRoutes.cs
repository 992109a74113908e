using CjmBot.Bot.Commands;
using CjmBot.Bot.Workshops;
using CjmBot.Cards.Localization;
using CjmBot.Cards.Submissions;
using CjmBot.Protocol.Routing;
using CjmBot.Protocol.Turns;
using CjmBot.Workshops;
using Microsoft.Extensions.Logging;

namespace CjmBot.Bot.Routes;

/// <summary>
/// The facilitator's controls, by command and by the buttons on question cards. Anyone else gets a polite
/// refusal and nothing changes.
/// </summary>
public sealed class FacilitatorRoutes(
    WorkshopGuard guard, WorkshopMoves moves, CommandRedeliveries redeliveries, ILogger<FacilitatorRoutes> logger) : IRouteGroup, ICommandGroup
{
    public IEnumerable<KeyValuePair<BotCommand, CommandHandler>> Handlers =>
    [
        Command(BotCommands.Next, FacilitatorMove.Next),
        Command(BotCommands.Back, FacilitatorMove.Back),
        Command(BotCommands.Skip, FacilitatorMove.Skip),
        Command(BotCommands.Goto, FacilitatorMove.GoTo),
        Command(BotCommands.Timer, FacilitatorMove.Timer),
        Command(BotCommands.Pause, FacilitatorMove.Pause),
        Command(BotCommands.Resume, FacilitatorMove.Resume),
        Command(BotCommands.Close, FacilitatorMove.Close),
        Command(BotCommands.Reopen, FacilitatorMove.Reopen),
    ];

    public void Register(ActivityRouter router)
    {
        foreach (var verb in WorkshopMoveSubmit.Verbs)
        {
            router.OnCardAction(verb, OnMoveButtonAsync);
        }
    }

    private KeyValuePair<BotCommand, CommandHandler> Command(BotCommand command, FacilitatorMove move) => new(command,
        async (turn, parsed, _, cancellationToken) =>
        {
            // CommandRoutes refused anyone but a facilitator of the active workshop before this runs.
            var head = (await guard.ActiveHeadAsync(turn, cancellationToken).ConfigureAwait(false))!;
            if (!await redeliveries.IsFirstDeliveryAsync(turn.Activity, cancellationToken).ConfigureAwait(false))
            {
                return;
            }

            if (await moves.ApplyAsync(turn, head, move, parsed.Argument, expectedRevision: null, cancellationToken).ConfigureAwait(false) is { } problem)
            {
                await turn.ReplyAsync(problem, cancellationToken).ConfigureAwait(false);
            }
        });

    private async Task<CardActionResult> OnMoveButtonAsync(ITurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        var submit = WorkshopMoveSubmit.Read(action.Verb, action.Data);
        var head = await guard.ActiveHeadAsync(turn, cancellationToken).ConfigureAwait(false);
        if (submit is null || head is null || head.Frame.Id != submit.WorkshopId)
        {
            var language = head?.Frame.Language ?? TurnLanguage.Of(turn.Activity);
            return CardActionResult.ShowMessage(WorkshopText.For(language).StaleCard);
        }

        if (!head.Frame.IsFacilitator(turn.Activity.From?.Id ?? ""))
        {
            Log.NotFacilitator(logger, turn.Activity.Conversation?.Id, action.Verb);
            return CardActionResult.ShowMessage(WorkshopGuard.FacilitatorsOnly(head));
        }

        var move = submit.Move switch
        {
            WorkshopMove.Next => FacilitatorMove.Next,
            WorkshopMove.Back => FacilitatorMove.Back,
            WorkshopMove.Skip => FacilitatorMove.Skip,
            WorkshopMove.Pause => FacilitatorMove.Pause,
            _ => FacilitatorMove.Resume,
        };
        var problem = await moves.ApplyAsync(turn, head, move, argument: null, submit.Revision, cancellationToken).ConfigureAwait(false);
        return CardActionResult.ShowMessage(problem ?? "✓");
    }
}
