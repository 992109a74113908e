using CjmBot.Application.Requests;
using CjmBot.Workshops;
using CjmBot.Workshops.Async;
using Microsoft.Extensions.Logging;

namespace CjmBot.Application.Gate;

/// <summary>
/// The one gate of every request: resolves the workshop (the conversation's active one, or the one a card names and only
/// if it belongs here), checks the actor's permission (the only place that decides who is a facilitator), the kind of
/// card an action came from (a card action may change only a card of its own kind, recorded when the bot posted it) and
/// the revision the card showed. Idempotency is the other half of the door: every write names the admission's
/// <see cref="Admission.OperationId"/> and the repository applies it once.
/// </summary>
public sealed class WorkshopGate(IWorkshopRepository repository, CardsBeingPosted cardsBeingPosted, ILogger<WorkshopGate> logger)
{
    public async Task<(Admission Admission, Refusal? Refusal)> AdmitAsync(Origin origin, Access access, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(origin);
        ArgumentNullException.ThrowIfNull(access);
        var admission = new Admission(origin, access);
        var (head, invitation, refusal) = await ResolveAsync(origin, access, cancellationToken).ConfigureAwait(false);
        admission = admission with { Head = head, Invitation = invitation };
        if (refusal is null && access.Who == Who.Facilitator && head?.Frame.IsFacilitator(origin.Actor.Id) != true)
        {
            refusal = Refusal.NotFacilitator;
        }

        if (refusal is null && access.Who == Who.System && !origin.IsSystem)
        {
            refusal = Refusal.NotFacilitator;
        }

        if (refusal is null && head is not null && access.Revision is { } shown && shown != head.Progress.Revision)
        {
            refusal = Refusal.StaleCard;
        }

        if (refusal is null && access.CardKind is { } kind)
        {
            var card = origin.CardMessageId is { Length: > 0 } messageId
                ? await FindCardAsync(origin.ConversationId, head?.Frame.Id, messageId, cancellationToken).ConfigureAwait(false)
                : null;
            refusal = card is null || card.Kind != kind ? Refusal.StaleCard
                : access.Who == Who.CardRecipient && card.PostedFor != origin.Actor.Id ? Refusal.NotYourCard
                : null;
            admission = admission with { Card = card };
        }

        if (refusal is { } reason)
        {
            Log.Refused(logger, reason, origin.ConversationId, head?.Frame.Id);
        }

        return (admission, refusal);
    }

    private async Task<PostedCard?> FindCardAsync(string conversationId, string? workshopId, string messageId, CancellationToken cancellationToken)
    {
        var card = await repository.FindCardAsync(conversationId, workshopId, messageId, cancellationToken).ConfigureAwait(false);
        if (card is null)
        {
            // The click may have overtaken the record of a card posted a moment ago (see CardsBeingPosted).
            await cardsBeingPosted.WhenPostedAsync(conversationId, cancellationToken).ConfigureAwait(false);
            card = await repository.FindCardAsync(conversationId, workshopId, messageId, cancellationToken).ConfigureAwait(false);
        }

        return card;
    }

    private async Task<(WorkshopHead? Head, Invitation? Invitation, Refusal? Refusal)> ResolveAsync(
        Origin origin, Access access, CancellationToken cancellationToken)
    {
        switch (access.Scope)
        {
            case Scope.None:
                return (null, null, null);
            case Scope.Active:
                var active = (await origin.Views.ReadAsync(repository, origin.ConversationId, cancellationToken).ConfigureAwait(false)).ActiveHead;
                return (active, null, active is null ? Refusal.NoWorkshop : null);
            case Scope.NamedActive:
                var current = (await origin.Views.ReadAsync(repository, origin.ConversationId, cancellationToken).ConfigureAwait(false)).ActiveHead;
                return current is not null && current.Frame.Id == access.WorkshopId ? (current, null, null) : (current, null, Refusal.StaleCard);
            case Scope.Named:
                var named = access.WorkshopId is { } id ? await repository.GetHeadAsync(id, cancellationToken).ConfigureAwait(false) : null;
                return named is not null && named.Frame.ConversationId == origin.ConversationId ? (named, null, null) : (null, null, Refusal.StaleCard);
            case Scope.Invited:
                var invitation = access.WorkshopId is { } invitedTo && origin.Chat == ChatKind.Personal
                    ? await repository.GetInvitationAsync(invitedTo, origin.Actor.Id, cancellationToken).ConfigureAwait(false)
                    : null;
                var workshop = invitation is { State: not InvitationState.NotInstalled }
                    ? await repository.GetHeadAsync(invitation.WorkshopId, cancellationToken).ConfigureAwait(false)
                    : null;
                return workshop is null ? (null, null, Refusal.NotInvited) : (workshop, invitation, null);
            case Scope.Own:
                return (null, null, origin.Chat == ChatKind.Personal ? null : Refusal.PersonalChatOnly);
            default:
                throw new ArgumentOutOfRangeException(nameof(access), access.Scope, null);
        }
    }
}
