using System.Diagnostics;
using CjmBot.Protocol.Turns;

namespace CjmBot.Protocol.Telemetry;

/// <summary>
/// Counts and times every turn and wraps it in a span. Registered first, so the time includes all other middleware.
/// When nothing listens it only forwards the call: no span, no timestamp, no tags.
/// </summary>
public sealed class TurnTelemetryMiddleware(ProtocolTelemetry telemetry, TimeProvider timeProvider) : ITurnMiddleware
{
    public const string SpanName = "cjmbot.turn";

    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        if (!telemetry.Turns.Enabled && !telemetry.TurnDuration.Enabled && !ProtocolTelemetry.ActivitySource.HasListeners())
        {
            return next(cancellationToken);
        }

        return ObserveAsync(turnContext, next, cancellationToken);
    }

    private async Task ObserveAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        using var span = ProtocolTelemetry.ActivitySource.StartActivity(SpanName, ActivityKind.Internal);
        span?.SetTag(ProtocolTelemetry.ActivityTypeTag, activity.Type);
        span?.SetTag("cjmbot.activity.name", activity.Name);
        span?.SetTag("cjmbot.channel.id", activity.ChannelId);
        var started = timeProvider.GetTimestamp();
        try
        {
            await next(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            span?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
            throw;
        }
        finally
        {
            var type = new KeyValuePair<string, object?>(ProtocolTelemetry.ActivityTypeTag, activity.Type);
            telemetry.Turns.Add(1, type);
            telemetry.TurnDuration.Record(timeProvider.GetElapsedTime(started).TotalSeconds, type);
        }
    }
}
