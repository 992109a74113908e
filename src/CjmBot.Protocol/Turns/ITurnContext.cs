using CjmBot.Protocol.Schema;

namespace CjmBot.Protocol.Turns;

/// <summary>One inbound activity and the means to answer it.</summary>
public interface ITurnContext
{
    Activity Activity { get; }

    ChannelAdapter Adapter { get; }

    /// <summary>Per-turn service bag, cleared when the turn ends.</summary>
    IDictionary<string, object> TurnState { get; }

    /// <summary>True once anything was sent in this turn.</summary>
    bool Responded { get; }

    /// <summary>What an invoke turn answers in the HTTP response; null means 501 (nobody handled it).</summary>
    InvokeResponse? InvokeResponse { get; set; }

    /// <summary>Sends an activity into this conversation, filling in its addressing from the inbound one.</summary>
    Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken);

    /// <summary>Replaces a message the bot sent before (<c>activity.Id</c> names it).</summary>
    Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken);

    Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken);
}
