using CjmBot.Application;
using CjmBot.Application.Outcomes;
using CjmBot.Application.UseCases.Sessions;
using CjmBot.Bot.Commands;
using CjmBot.Bot.Rendering;
using CjmBot.Cards.Submissions;
using CjmBot.Protocol.Routing;
using CjmBot.Protocol.Turns;
using CjmBot.Workshops.Progress;

namespace CjmBot.Bot.Routes;

/// <summary>
/// The facilitator's controls, by command and by the buttons on question cards. Anyone else gets a polite
/// refusal and nothing changes.
/// </summary>
public sealed class FacilitatorRoutes(UseCaseRunner workshops, SessionPresenter presenter) : IRouteGroup, ICommandGroup
{
    public IEnumerable<KeyValuePair<BotCommand, CommandHandler>> Handlers =>
    [
        Command(BotCommands.Next, SessionMove.Next),
        Command(BotCommands.Back, SessionMove.Back),
        Command(BotCommands.Skip, SessionMove.Skip),
        Command(BotCommands.Goto, SessionMove.GoTo),
        Command(BotCommands.Timer, SessionMove.Timer),
        Command(BotCommands.Pause, SessionMove.Pause),
        Command(BotCommands.Resume, SessionMove.Resume),
        Command(BotCommands.Close, SessionMove.Close),
        Command(BotCommands.Reopen, SessionMove.Reopen),
    ];

    public void Register(ActivityRouter router)
    {
        foreach (var verb in WorkshopMoveSubmit.Verbs)
        {
            router.OnCardAction(verb, OnMoveButtonAsync);
        }
    }

    private KeyValuePair<BotCommand, CommandHandler> Command(BotCommand command, SessionMove move) => new(command,
        async (turn, parsed, language, cancellationToken) =>
        {
            var outcome = await workshops.RunAsync(MoveSession.Typed(TurnOrigins.Of(turn), move, parsed.Argument), cancellationToken).ConfigureAwait(false);
            if (outcome is Moved moved)
            {
                await presenter.AnnounceAsync(turn, moved, cancellationToken).ConfigureAwait(false);
                return;
            }

            if (Problem(outcome) is { } problem)
            {
                await turn.ReplyAsync(problem, cancellationToken).ConfigureAwait(false);
                return;
            }

            await Replies.SentCommonAsync(turn, outcome, language, cancellationToken).ConfigureAwait(false);
        });

    private async Task<CardActionResult> OnMoveButtonAsync(ITurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        var language = TurnLanguage.Of(turn.Activity);
        if (WorkshopMoveSubmit.Read(action.Verb, action.Data) is not { } submit)
        {
            return CardActionResult.ShowMessage(Cards.Localization.WorkshopText.For(language).StaleCard);
        }

        var move = submit.Move switch
        {
            WorkshopMove.Next => SessionMove.Next,
            WorkshopMove.Back => SessionMove.Back,
            WorkshopMove.Skip => SessionMove.Skip,
            WorkshopMove.Pause => SessionMove.Pause,
            _ => SessionMove.Resume,
        };
        var outcome = await workshops.RunAsync(MoveSession.Button(TurnOrigins.Of(turn), move, submit.WorkshopId, submit.Revision), cancellationToken)
            .ConfigureAwait(false);
        return outcome switch
        {
            // The clicker is answered at once; the group's new question card follows.
            Moved moved => CardActionResult.ShowMessage("✓").Then(ct => presenter.AnnounceAsync(turn, moved, ct)),
            _ when Problem(outcome) is { } problem => CardActionResult.ShowMessage(problem),
            _ => Replies.CommonCard(turn, action, outcome, language)!,
        };
    }

    private static string? Problem(Outcome outcome) => outcome switch
    {
        MoveRefused refused => SessionPresenter.Refusal(refused),
        MoveUsage usage => SessionPresenter.Usage(usage),
        _ => null,
    };
}
