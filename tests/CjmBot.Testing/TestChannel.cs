using System.Collections.Concurrent;
using System.Net;
using CjmBot.Protocol.Connector;
using CjmBot.Protocol.Schema;

namespace CjmBot.Testing;

/// <summary>
/// What the channel (Teams and its Bot Connector) holds: every message the bot posted, and every call it made, in
/// order. Several bot instances behind one load balancer share one channel, as they share one Teams.
/// </summary>
public sealed class TestChannel
{
    private readonly ConcurrentQueue<OutboundCall> _unread = new();
    private readonly ConcurrentDictionary<string, Activity> _messages = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<HttpStatusCode> _updateFailures = new();
    private readonly ConcurrentQueue<HttpStatusCode> _deleteFailures = new();
    private long _nextId = 1795355450000;

    /// <summary>Members returned by the paged-members API, per conversation id.</summary>
    public ConcurrentDictionary<string, List<TeamsChannelAccount>> Rosters { get; } = new(StringComparer.Ordinal);

    /// <summary>How many members one page of the paged-members API holds; further pages follow by continuation token.</summary>
    public int RosterPageSize { get; set; } = 100;

    /// <summary>
    /// Users for whom the app is not installed: create-conversation with them is refused with this status, as Teams
    /// answers (403 Forbidden, or 404 for a user the bot cannot see).
    /// </summary>
    public ConcurrentDictionary<string, HttpStatusCode> NotInstalled { get; } = new(StringComparer.Ordinal);

    /// <summary>How many roster pages the bot asked for.</summary>
    public int RosterPagesRead => _rosterPagesRead;

    private int _rosterPagesRead;

    internal void CountRosterPage() => Interlocked.Increment(ref _rosterPagesRead);

    public List<OutboundCall> History { get; } = [];

    /// <summary>The current content of every message the bot posted, by message id (updates applied).</summary>
    public IReadOnlyDictionary<string, Activity> Messages => _messages;

    private int _refusedUpdates;

    /// <summary>How many updates the channel refused (see <see cref="FailNextUpdate"/>).</summary>
    public int RefusedUpdates => _refusedUpdates;

    public OutboundCall? NextOutbound() => _unread.TryDequeue(out var call) ? call : null;

    public int UnreadCount => _unread.Count;

    /// <summary>The next update (PUT) is refused with <paramref name="status"/>, as the connector does when throttling (429) or failing (5xx).</summary>
    public void FailNextUpdate(HttpStatusCode status) => _updateFailures.Enqueue(status);

    /// <summary>The next message deletion is refused with <paramref name="status"/> (say 403 when the bot was removed from the chat).</summary>
    public void FailNextDelete(HttpStatusCode status) => _deleteFailures.Enqueue(status);

    internal string Post(Activity activity)
    {
        var id = Interlocked.Increment(ref _nextId).ToString(System.Globalization.CultureInfo.InvariantCulture);
        activity.Id = id;
        _messages[id] = activity;
        Record(new OutboundCall(OutboundKind.Send, activity, id, activity.Conversation?.Id));
        return id;
    }

    internal void Update(Activity activity)
    {
        if (activity.Id is null || !_messages.ContainsKey(activity.Id))
        {
            throw new InvalidOperationException($"The bot updated message '{activity.Id}', which it never sent (the connector answers 404).");
        }

        if (_updateFailures.TryDequeue(out var status))
        {
            var refused = Interlocked.Increment(ref _refusedUpdates);
            throw new ConnectorException(status, status.ToString(), "Refused by the test channel.", "test-" + refused.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        _messages[activity.Id] = activity;
        Record(new OutboundCall(OutboundKind.Update, activity, activity.Id, activity.Conversation?.Id));
    }

    internal void Delete(string activityId, string conversationId)
    {
        if (_deleteFailures.TryDequeue(out var status))
        {
            throw new ConnectorException(status, status.ToString(), "Refused by the test channel.", "test-delete");
        }

        _messages.TryRemove(activityId, out _);
        Record(new OutboundCall(OutboundKind.Delete, null, activityId, conversationId));
    }

    internal void Record(OutboundCall call)
    {
        lock (History)
        {
            History.Add(call);
        }

        _unread.Enqueue(call);
    }
}
