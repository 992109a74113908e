using System.Collections.Concurrent;
using CjmBot.Protocol.Schema;
using CjmBot.Protocol.Turns;
using Microsoft.Extensions.Logging;

namespace CjmBot.Testing;

/// <summary>What the bot did towards the channel.</summary>
public enum OutboundKind
{
    Send,
    Update,
    Delete,
    CreateConversation,
}

public sealed record OutboundCall(OutboundKind Kind, Activity? Activity, string? ActivityId, string? ConversationId);

/// <summary>
/// The in-process channel adapter: runs turns through the real middleware and bot, and records every outbound
/// call in its <see cref="TestChannel"/> instead of calling the Bot Connector. Message ids are assigned like the
/// connector does.
/// </summary>
public sealed class TestAdapter(IEnumerable<ITurnMiddleware> middleware, ILogger<TestAdapter> logger, TestChannel? channel = null)
    : ChannelAdapter(middleware, logger)
{
    public TestChannel Channel { get; } = channel ?? new TestChannel();

    /// <summary>Members returned by the paged-members API, per conversation id.</summary>
    public ConcurrentDictionary<string, List<TeamsChannelAccount>> Rosters => Channel.Rosters;

    public List<OutboundCall> History => Channel.History;

    /// <summary>The current content of every message the bot posted, by message id (updates applied).</summary>
    public IReadOnlyDictionary<string, Activity> Messages => Channel.Messages;

    public OutboundCall? NextOutbound() => Channel.NextOutbound();

    public int UnreadCount => Channel.UnreadCount;

    public override Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken) =>
        Task.FromResult(new ResourceResponse { Id = Channel.Post(activity) });

    public override Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        Channel.Update(activity);
        return Task.FromResult(new ResourceResponse { Id = activity.Id });
    }

    public override Task DeleteActivityAsync(ConversationReference reference, string activityId, CancellationToken cancellationToken)
    {
        Channel.Delete(activityId, reference.Conversation.Id);
        return Task.CompletedTask;
    }

    public override Task<ConversationResourceResponse> CreateConversationAsync(
        string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken)
    {
        var member = parameters.Members?.FirstOrDefault()?.Id ?? "unknown";
        if (Channel.UsersWithoutTheApp.ContainsKey(member))
        {
            throw new CjmBot.Protocol.Connector.ConnectorException(
                System.Net.HttpStatusCode.Forbidden, "ForbiddenOperationException", "Bot isn't installed in user's personal scope", "test-403");
        }

        var conversationId = "a:1dm-" + member;
        Channel.Record(new OutboundCall(OutboundKind.CreateConversation, parameters.Activity, null, conversationId));
        return Task.FromResult(new ConversationResourceResponse { Id = conversationId, ServiceUrl = serviceUrl });
    }

    public override Task<PagedMembersResult> GetPagedMembersAsync(
        ConversationReference reference, string? continuationToken, CancellationToken cancellationToken) =>
        Task.FromResult(new PagedMembersResult
        {
            Members = Rosters.TryGetValue(reference.Conversation.Id, out var members) ? [.. members] : [],
        });
}
