using CjmBot.Protocol.Schema;

namespace CjmBot.Protocol.Turns;

/// <summary>
/// The bot's 1:1 chat with one member, opened proactively in the tenant of the current turn. Teams returns the
/// existing chat when there is one, and refuses (403 or 404, as a <see cref="Connector.ConnectorException"/>) when
/// the app is not installed for that member.
/// </summary>
public static class PersonalConversations
{
    /// <returns>The reference to continue into the chat; null when the connector named no conversation.</returns>
    public static async Task<ConversationReference?> CreatePersonalConversationAsync(
        this ITurnContext turn, ChannelAccount user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(user);
        var inbound = turn.Activity;
        var serviceUrl = inbound.ServiceUrl ?? throw new InvalidOperationException("The activity has no serviceUrl.");
        var tenantId = inbound.GetTenantId();
        var bot = inbound.Recipient ?? new ChannelAccount();
        var created = await turn.Adapter.CreateConversationAsync(serviceUrl, new ConversationParameters
        {
            IsGroup = false,
            Bot = bot,
            Members = [new ChannelAccount { Id = user.Id, Name = user.Name, AadObjectId = user.AadObjectId }],
            TenantId = tenantId,
            ChannelData = tenantId is null ? null : new TeamsChannelData { Tenant = new TenantInfo { Id = tenantId } },
        }, cancellationToken).ConfigureAwait(false);
        if (created.Id is not { Length: > 0 } conversationId)
        {
            return null;
        }

        return new ConversationReference(
            created.ServiceUrl ?? serviceUrl,
            inbound.ChannelId ?? "msteams",
            new ConversationAccount { Id = conversationId, ConversationType = ConversationTypes.Personal, TenantId = tenantId },
            bot,
            new ChannelAccount { Id = user.Id, Name = user.Name },
            inbound.Locale);
    }
}
