using CjmBot.Protocol.Schema;

namespace CjmBot.Protocol.Turns;

public sealed class TurnContext(ChannelAdapter adapter, Activity activity) : ITurnContext
{
    public Activity Activity { get; } = activity;

    public ChannelAdapter Adapter { get; } = adapter;

    public IDictionary<string, object> TurnState { get; } = new Dictionary<string, object>(StringComparer.Ordinal);

    public bool Responded { get; private set; }

    public InvokeResponse? InvokeResponse { get; set; }

    public async Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        var outbound = Activity.CreateOutbound(activity);
        var response = await Adapter.SendActivityAsync(outbound, cancellationToken).ConfigureAwait(false);
        Responded = true;
        return response;
    }

    public async Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        var outbound = Activity.CreateOutbound(activity);
        outbound.Id = activity.Id ?? throw new ArgumentException("The activity to update needs the id of the message it replaces.", nameof(activity));
        outbound.ReplyToId = null;
        return await Adapter.UpdateActivityAsync(outbound, cancellationToken).ConfigureAwait(false);
    }

    public Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken) =>
        Adapter.DeleteActivityAsync(Activity.GetConversationReference(), activityId, cancellationToken);
}
