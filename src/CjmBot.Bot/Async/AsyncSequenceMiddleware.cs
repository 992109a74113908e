using CjmBot.Application.Requests;
using CjmBot.Bot.Chat;
using CjmBot.Bot.Commands;
using CjmBot.Bot.Routes;
using CjmBot.Dialogs;
using CjmBot.Protocol.Routing;
using CjmBot.Protocol.Schema;
using CjmBot.Protocol.Turns;
using CjmBot.Workshops;
using CjmBot.Workshops.Async;

namespace CjmBot.Bot.Async;

/// <summary>
/// Typed text in a personal chat goes to the contributor's sequence while one is current for them (after Start,
/// until Later or the end): answers and the words skip, back, later. Other commands (help, status …) pass on to
/// the routes as always; so does everything when no sequence is current. A chat the conversation index does not
/// mark for sequences (marked before any cursor points at it) skips the cursor: the index is read anyway by the
/// routes after this, in the same request (<see cref="Origin.Views"/>).
/// </summary>
public sealed class AsyncSequenceMiddleware(AsyncSequenceCursor cursor, IWorkshopRepository repository, AsyncSequences sequences) : ITurnMiddleware
{
    private static readonly CommandParser Commands = new(BotCommands.All);

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var activity = turnContext.Activity;
        var userId = activity.From?.Id;
        if (activity.Type != ActivityTypes.Message || activity.Conversation?.ConversationType != ConversationTypes.Personal
            || userId is null || activity.Id is null || CardAction.TryRead(activity) is not null)
        {
            await next(cancellationToken).ConfigureAwait(false);
            return;
        }

        var text = TurnText.Get(turnContext);
        var command = Commands.Parse(text)?.Command;
        if (text.Length == 0 || (command is not null && command != BotCommands.Skip && command != BotCommands.Back))
        {
            await next(cancellationToken).ConfigureAwait(false);
            return;
        }

        var origin = TurnOrigins.Of(turnContext);
        if (!(await origin.Views.ReadAsync(repository, origin.ConversationId, cancellationToken).ConfigureAwait(false)).Index.HasAsyncSequences)
        {
            await next(cancellationToken).ConfigureAwait(false);
            return;
        }

        var workshopId = await cursor.CurrentAsync(userId, cancellationToken).ConfigureAwait(false);
        var invitation = workshopId is null ? null : await repository.GetInvitationAsync(workshopId, userId, cancellationToken).ConfigureAwait(false);
        if (invitation is not { State: InvitationState.Invited or InvitationState.Finished }
            || ChatAddresses.Read(invitation.ChatReference)?.Conversation.Id is { } chat && chat != activity.Conversation.Id)
        {
            await next(cancellationToken).ConfigureAwait(false);
            return;
        }

        var result = await sequences.RunAsync(turnContext, invitation, plan: null, cancellationToken).ConfigureAwait(false);
        if (result.Status is DialogTurnStatus.Cancelled or DialogTurnStatus.Empty && !turnContext.Responded)
        {
            await cursor.ClearAsync(userId, invitation.WorkshopId, cancellationToken).ConfigureAwait(false);
            await next(cancellationToken).ConfigureAwait(false);
        }
    }
}
