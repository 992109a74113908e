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
/// The in-process channel: runs turns through the real middleware and bot, and records every outbound call
/// instead of calling the Bot Connector. Message ids are assigned like the connector does.
/// </summary>
public sealed class TestAdapter(IEnumerable<ITurnMiddleware> middleware, ILogger<TestAdapter> logger) : ChannelAdapter(middleware, logger)
{
    private readonly ConcurrentQueue<OutboundCall> _unread = new();
    private readonly ConcurrentDictionary<string, Activity> _messages = new(StringComparer.Ordinal);
    private long _nextId = 1795355450000;

    /// <summary>Members returned by the paged-members API, per conversation id.</summary>
    public ConcurrentDictionary<string, List<TeamsChannelAccount>> Rosters { get; } = new(StringComparer.Ordinal);

    public List<OutboundCall> History { get; } = [];

    /// <summary>The current content of every message the bot posted, by message id (updates applied).</summary>
    public IReadOnlyDictionary<string, Activity> Messages => _messages;

    public OutboundCall? NextOutbound() => _unread.TryDequeue(out var call) ? call : null;

    public int UnreadCount => _unread.Count;

    public override Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        var id = Interlocked.Increment(ref _nextId).ToString(System.Globalization.CultureInfo.InvariantCulture);
        activity.Id = id;
        _messages[id] = activity;
        Record(new OutboundCall(OutboundKind.Send, activity, id, activity.Conversation?.Id));
        return Task.FromResult(new ResourceResponse { Id = id });
    }

    public override Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (activity.Id is null || !_messages.ContainsKey(activity.Id))
        {
            throw new InvalidOperationException($"The bot updated message '{activity.Id}', which it never sent (the connector answers 404).");
        }

        _messages[activity.Id] = activity;
        Record(new OutboundCall(OutboundKind.Update, activity, activity.Id, activity.Conversation?.Id));
        return Task.FromResult(new ResourceResponse { Id = activity.Id });
    }

    public override Task DeleteActivityAsync(ConversationReference reference, string activityId, CancellationToken cancellationToken)
    {
        _messages.TryRemove(activityId, out _);
        Record(new OutboundCall(OutboundKind.Delete, null, activityId, reference.Conversation.Id));
        return Task.CompletedTask;
    }

    public override Task<ConversationResourceResponse> CreateConversationAsync(
        string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken)
    {
        var member = parameters.Members?.FirstOrDefault()?.Id ?? "unknown";
        var conversationId = "a:1dm-" + member;
        Record(new OutboundCall(OutboundKind.CreateConversation, parameters.Activity, null, conversationId));
        return Task.FromResult(new ConversationResourceResponse { Id = conversationId, ServiceUrl = serviceUrl });
    }

    public override Task<PagedMembersResult> GetPagedMembersAsync(
        ConversationReference reference, string? continuationToken, CancellationToken cancellationToken) =>
        Task.FromResult(new PagedMembersResult
        {
            Members = Rosters.TryGetValue(reference.Conversation.Id, out var members) ? [.. members] : [],
        });

    private void Record(OutboundCall call)
    {
        lock (History)
        {
            History.Add(call);
        }

        _unread.Enqueue(call);
    }
}
