using Microsoft.Extensions.Logging;

namespace CjmBot.Protocol.Turns;

/// <summary>Puts the conversation, activity id and type into the logging scope of everything the turn logs.</summary>
public sealed class LoggingScopeMiddleware(ILogger<LoggingScopeMiddleware> logger) : ITurnMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        using (logger.BeginScope(new Dictionary<string, object?>
        {
            ["ConversationId"] = activity.Conversation?.Id,
            ["ActivityId"] = activity.Id,
            ["ActivityType"] = activity.Type,
        }))
        {
            await next(cancellationToken).ConfigureAwait(false);
        }
    }
}
