using CjmBot.Protocol.Schema;

namespace CjmBot.Protocol.Turns;

public sealed class TurnContext(ChannelAdapter adapter, Activity activity) : ITurnContext
{
    private readonly TaskCompletionSource<InvokeResponse?> _answered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _outbound = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private InvokeResponse? _invokeResponse;

    public Activity Activity { get; } = activity;

    public ChannelAdapter Adapter { get; } = adapter;

    public IDictionary<string, object> TurnState { get; } = new Dictionary<string, object>(StringComparer.Ordinal);

    public bool Responded { get; private set; }

    /// <summary>Setting it answers the invoke at once (<see cref="Answered"/>), even while the turn goes on with its posts.</summary>
    public InvokeResponse? InvokeResponse
    {
        get => _invokeResponse;
        set
        {
            _invokeResponse = value;
            if (value is not null)
            {
                _answered.TrySetResult(value);
            }
        }
    }

    /// <summary>Completes with the invoke's answer as soon as there is one, or with the turn's end.</summary>
    internal Task<InvokeResponse?> Answered => _answered.Task;

    /// <summary>Completes when the turn first sends, updates or deletes a message: what it stored, it stored before.</summary>
    internal Task FirstOutbound => _outbound.Task;

    internal void Ended(InvokeResponse? response)
    {
        _answered.TrySetResult(response);
        _outbound.TrySetResult();
    }

    public async Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        var outbound = Activity.CreateOutbound(activity);
        _outbound.TrySetResult();
        var response = await Adapter.SendActivityAsync(outbound, cancellationToken).ConfigureAwait(false);
        Responded = true;
        return response;
    }

    public async Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        var outbound = Activity.CreateOutbound(activity);
        outbound.Id = activity.Id ?? throw new ArgumentException("The activity to update needs the id of the message it replaces.", nameof(activity));
        outbound.ReplyToId = null;
        _outbound.TrySetResult();
        return await Adapter.UpdateActivityAsync(outbound, cancellationToken).ConfigureAwait(false);
    }

    public Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken)
    {
        _outbound.TrySetResult();
        return Adapter.DeleteActivityAsync(Activity.GetConversationReference(), activityId, cancellationToken);
    }
}
