using CjmBot.Workshops;
using CjmBot.Workshops.Frame;

namespace CjmBot.Application.Requests;

/// <summary>Where a request comes from: the chat it was made in, the activity that carried it, and who made it.</summary>
public enum ChatKind
{
    Personal,
    GroupChat,
    Channel,
}

/// <summary>
/// What every use case knows of a request, whatever the wire said: the conversation (a channel's threads are one
/// conversation), the inbound activity's id, the person, the kind of chat, and for a card action the message the card
/// was in. <see cref="OperationId"/> names the request's effect: the same activity delivered again is the same operation.
/// </summary>
public sealed record Origin(string ConversationId, string ActivityId, Participant Actor, ChatKind Chat)
{
    /// <summary>The message a card action came from (the card's message id, as the channel reports it).</summary>
    public string? CardMessageId { get; init; }

    /// <summary>What this request's turn read of its conversation, shared by every use case the turn runs.</summary>
    public ConversationViewMemo Views { get; init; } = new();

    public string OperationId => ConversationId + "|" + ActivityId;

    /// <summary>A request the bot makes of itself (a timer, the deadline), named by what caused it so that it runs once.</summary>
    public static Origin System(string conversationId, string cause) =>
        new(conversationId, cause, new Participant(SystemActorId, "CjmBot"), ChatKind.GroupChat);

    public const string SystemActorId = "cjmbot:system";

    public bool IsSystem => Actor.Id == SystemActorId;
}

/// <summary>
/// The conversation's index and active workshop, read once per request however many use cases ask: a turn costs one
/// read of it (see <see cref="IWorkshopRepository.ReadConversationAsync"/>).
/// </summary>
public sealed class ConversationViewMemo
{
    private Task<ConversationView>? _view;

    public Task<ConversationView> ReadAsync(IWorkshopRepository repository, string conversationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(repository);
        return _view ??= repository.ReadConversationAsync(conversationId, cancellationToken);
    }

    /// <summary>Forgets what was read: the request itself changed the conversation's workshops.</summary>
    public void Forget() => _view = null;
}
