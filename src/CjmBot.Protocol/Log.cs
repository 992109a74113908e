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
}
