using System.Collections.Concurrent;
using System.Globalization;
using CjmBot.Protocol.Connector;
using CjmBot.Protocol.Schema;

namespace CjmBot.IntegrationTests.Http;

/// <summary>Stands in for the Bot Connector: records what the real bot sends and answers at once (no network, no token).</summary>
internal sealed class RecordingConnector : IConnectorClient
{
    private readonly ConcurrentQueue<Activity> _sent = new();
    private int _lastId;

    /// <summary>How long every send and update hangs before it is answered (a slow Bot Connector); real time.</summary>
    public TimeSpan Delay { get; set; }

    /// <summary>Every message the bot sent or updated, in order.</summary>
    public IReadOnlyList<Activity> Sent => [.. _sent];

    public Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        Record(activity);

    public Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        Record(activity);

    public Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        Record(activity);

    public Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) =>
        Task.FromResult(new ConversationResourceResponse { Id = "a:created-" + NextId() });

    public Task<PagedMembersResult> GetPagedMembersAsync(string serviceUrl, string conversationId, int? pageSize, string? continuationToken, CancellationToken cancellationToken) =>
        Task.FromResult(new PagedMembersResult());

    private async Task<ResourceResponse> Record(Activity activity)
    {
        if (Delay > TimeSpan.Zero)
        {
            await Task.Delay(Delay).ConfigureAwait(false);
        }

        _sent.Enqueue(activity);
        return new ResourceResponse { Id = NextId() };
    }

    private string NextId() => Interlocked.Increment(ref _lastId).ToString(CultureInfo.InvariantCulture);
}
