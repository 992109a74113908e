using CjmBot.Protocol.Connector;
using CjmBot.Protocol.Schema;
using Microsoft.Extensions.Logging;

namespace CjmBot.Protocol.Turns;

/// <summary>The production adapter: outbound activities go to the Bot Connector REST API at the activity's serviceUrl.</summary>
public sealed class CloudAdapter(IConnectorClient connector, IEnumerable<ITurnMiddleware> middleware, ILogger<CloudAdapter> logger)
    : ChannelAdapter(middleware, logger)
{
    public override Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        var (serviceUrl, conversationId) = Address(activity);
        return activity.ReplyToId is { } replyToId
            ? connector.ReplyToActivityAsync(serviceUrl, conversationId, replyToId, activity, cancellationToken)
            : connector.SendToConversationAsync(serviceUrl, conversationId, activity, cancellationToken);
    }

    public override Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        var (serviceUrl, conversationId) = Address(activity);
        var activityId = activity.Id ?? throw new ArgumentException("An update needs the id of the message it replaces.", nameof(activity));
        return connector.UpdateActivityAsync(serviceUrl, conversationId, activityId, activity, cancellationToken);
    }

    public override Task DeleteActivityAsync(ConversationReference reference, string activityId, CancellationToken cancellationToken) =>
        connector.DeleteActivityAsync(reference.ServiceUrl, reference.Conversation.Id, activityId, cancellationToken);

    public override Task<ConversationResourceResponse> CreateConversationAsync(
        string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) =>
        connector.CreateConversationAsync(serviceUrl, parameters, cancellationToken);

    public override Task<PagedMembersResult> GetPagedMembersAsync(
        ConversationReference reference, string? continuationToken, CancellationToken cancellationToken) =>
        connector.GetPagedMembersAsync(reference.ServiceUrl, reference.Conversation.Id, pageSize: null, continuationToken, cancellationToken);

    private static (string ServiceUrl, string ConversationId) Address(Activity activity) => (
        activity.ServiceUrl ?? throw new ArgumentException("The activity has no serviceUrl.", nameof(activity)),
        activity.Conversation?.Id ?? throw new ArgumentException("The activity has no conversation.", nameof(activity)));
}
