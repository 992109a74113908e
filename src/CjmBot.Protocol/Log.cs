using Microsoft.Extensions.Logging;

namespace CjmBot.Protocol;

// Event ids of this project: 1000-1999.
//   1000-1099 turns and routing, 1100-1199 connector client, 1200-1299 authentication, 1300-1399 state.
internal static partial class Log
{
    [LoggerMessage(EventId = 1000, Level = LogLevel.Error, Message = "Turn failed for {ActivityType} activity {ActivityId}")]
    public static partial void TurnFailed(ILogger logger, Exception exception, string activityType, string? activityId);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Debug, Message = "Route {RouteName} handles the {ActivityType} activity")]
    public static partial void RouteMatched(ILogger logger, string routeName, string activityType);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Debug, Message = "No route for the {ActivityType} activity (name {InvokeName})")]
    public static partial void NoRoute(ILogger logger, string activityType, string? invokeName);

    [LoggerMessage(EventId = 1100, Level = LogLevel.Warning, Message = "Connector {Method} {Path} answered {StatusCode} {ErrorCode}: {ErrorMessage} (operation {CorrelationId})")]
    public static partial void ConnectorCallFailed(ILogger logger, string method, string? path, int statusCode, string? errorCode, string? errorMessage, string? correlationId);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Information, Message = "Connector {Method} {Path} answered {StatusCode}; retry {Retry} of {MaxRetries} in {Delay}")]
    public static partial void ConnectorRetrying(ILogger logger, string method, string? path, int statusCode, int retry, int maxRetries, TimeSpan delay);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Warning, Message = "Connector {Method} {Path} still answered {StatusCode} after {Retries} retries")]
    public static partial void ConnectorRetriesExhausted(ILogger logger, string method, string? path, int statusCode, int retries);

    [LoggerMessage(EventId = 1200, Level = LogLevel.Warning, Message = "Inbound request rejected with {StatusCode}: {Reason}")]
    public static partial void InboundRequestRejected(ILogger logger, int statusCode, string reason);

    [LoggerMessage(EventId = 1201, Level = LogLevel.Information, Message = "Token signed by an unknown key; refreshing the Bot Framework signing keys once")]
    public static partial void SigningKeyNotFoundRefreshing(ILogger logger);

    [LoggerMessage(EventId = 1202, Level = LogLevel.Error, Message = "The Bot Framework OpenID metadata or signing keys could not be fetched; inbound requests are refused")]
    public static partial void OpenIdMetadataUnavailable(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1203, Level = LogLevel.Error, Message = "No outbound token from {Provider}")]
    public static partial void OutboundTokenFailed(ILogger logger, Exception exception, string provider);
}
