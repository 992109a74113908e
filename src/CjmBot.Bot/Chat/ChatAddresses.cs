using CjmBot.Bot.State;
using CjmBot.Protocol.Schema;
using CjmBot.Protocol.Serialization;
using CjmBot.Workshops;

namespace CjmBot.Bot.Chat;

/// <summary>
/// Where to post into a workshop's conversation when nobody is talking (timers, the deadline): the reference of the
/// thread the workshop was started in, a state item of the workshop (it survives restarts and goes with the workshop).
/// Contributors' personal chats are reached the same way, from the address kept with their invitation.
/// </summary>
public sealed class ChatAddresses(IWorkshopRepository repository)
{
    public const string StateName = "chat-address";

    public Task SaveAsync(string workshopId, ConversationReference reference, CancellationToken cancellationToken) =>
        repository.WriteStateAsync(workshopId, StateName, Write(reference), WorkshopStateItem.AnyETag, cancellationToken);

    public async Task<ConversationReference?> GetAsync(string workshopId, CancellationToken cancellationToken) =>
        Read((await repository.ReadStateAsync(workshopId, StateName, cancellationToken).ConfigureAwait(false))?.Json);

    /// <summary>A reference as the text the domain keeps (an invitation's way back into a personal chat).</summary>
    public static string Write(ConversationReference reference) => Persisted.Write(reference, BotJsonContext.Default.ConversationReference);

    public static ConversationReference? Read(string? text) => Persisted.Read(text, BotJsonContext.Default.ConversationReference);
}
