using CjmBot.Protocol.Schema;
using Microsoft.Extensions.Logging;

namespace CjmBot.Protocol.Turns;

/// <summary>
/// Runs turns through the middleware and the bot, and carries what the bot sends back to the channel.
/// The in-process test adapter and the connector-backed <see cref="CloudAdapter"/> differ only in the
/// outbound half. A failing turn is logged here as the last resort; the bot's own error middleware
/// apologises to the user before it gets this far.
/// </summary>
public abstract class ChannelAdapter(IEnumerable<ITurnMiddleware> middleware, ILogger logger)
{
    private readonly ITurnMiddleware[] _middleware = middleware.ToArray();

    public abstract Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken);

    public abstract Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken);

    public abstract Task DeleteActivityAsync(ConversationReference reference, string activityId, CancellationToken cancellationToken);

    public abstract Task<ConversationResourceResponse> CreateConversationAsync(
        string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken);

    public abstract Task<PagedMembersResult> GetPagedMembersAsync(
        ConversationReference reference, string? continuationToken, CancellationToken cancellationToken);

    /// <summary>
    /// Runs one inbound activity. Returns the invoke response for invoke activities (501 when nobody
    /// answered, 500 when the turn failed) and null for everything else.
    /// </summary>
    public Task<InvokeResponse?> ProcessActivityAsync(Activity activity, IBot bot, CancellationToken cancellationToken) =>
        StartActivity(activity, bot, cancellationToken).Completion;

    /// <summary>
    /// Starts one inbound activity. <see cref="RunningTurn.Answer"/> completes as soon as an invoke is answered (the turn
    /// may go on posting for the group after that), <see cref="RunningTurn.Completion"/> when the turn is done.
    /// </summary>
    public RunningTurn StartActivity(Activity activity, IBot bot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(bot);
        var turn = new TurnContext(this, activity);
        var completion = RunToEndAsync(turn, bot, cancellationToken);
        return new RunningTurn(completion, activity.Type == ActivityTypes.Invoke ? turn.Answered : completion, turn.FirstOutbound);
    }

    private async Task<InvokeResponse?> RunToEndAsync(TurnContext turn, IBot bot, CancellationToken cancellationToken)
    {
        InvokeResponse? response = null;
        try
        {
            await RunTurnAsync(turn, bot.OnTurnAsync, cancellationToken).ConfigureAwait(false);
            response = turn.Activity.Type == ActivityTypes.Invoke ? turn.InvokeResponse ?? new InvokeResponse(501) : null;
            return response;
        }
        finally
        {
            turn.Ended(response ?? (turn.Activity.Type == ActivityTypes.Invoke ? new InvokeResponse(500) : null));
        }
    }

    /// <summary>Runs <paramref name="callback"/> as a turn in an existing conversation (proactive messages, timers).</summary>
    public Task ContinueConversationAsync(
        ConversationReference reference,
        Func<ITurnContext, CancellationToken, Task> callback,
        CancellationToken cancellationToken)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Event,
            Name = "continueConversation",
            Recipient = reference.Bot,
            From = reference.User,
            Locale = reference.Locale,
        };
        activity.ChannelId = reference.ChannelId;
        activity.ServiceUrl = reference.ServiceUrl;
        activity.Conversation = reference.Conversation;
        return RunTurnAsync(new TurnContext(this, activity), callback, cancellationToken);
    }

    private async Task RunTurnAsync(TurnContext turn, Func<ITurnContext, CancellationToken, Task> last, CancellationToken cancellationToken)
    {
        try
        {
            await RunPipelineAsync(turn, 0, last, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Log.TurnFailed(logger, exception, turn.Activity.Type, turn.Activity.Id);
            if (turn.Activity.Type == ActivityTypes.Invoke)
            {
                turn.InvokeResponse = new InvokeResponse(500);
            }
        }
    }

    private Task RunPipelineAsync(TurnContext turn, int index, Func<ITurnContext, CancellationToken, Task> last, CancellationToken cancellationToken)
    {
        if (index == _middleware.Length)
        {
            return last(turn, cancellationToken);
        }

        return _middleware[index].OnTurnAsync(turn, ct => RunPipelineAsync(turn, index + 1, last, ct), cancellationToken);
    }
}
