using Microsoft.Extensions.Logging;

namespace CjmBot.Bot;

// Event ids of this project: 3000-3999.
//   3000-3099 routes and commands, 3100-3199 welcome, 3900-3999 errors.
internal static partial class Log
{
    [LoggerMessage(EventId = 3000, Level = LogLevel.Information, Message = "Command {Command} in a {ConversationType} conversation")]
    public static partial void CommandReceived(ILogger logger, string command, string? conversationType);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Trace, Message = "Unrecognised message: {Text}")]
    public static partial void NotUnderstood(ILogger logger, string text);

    [LoggerMessage(EventId = 3100, Level = LogLevel.Information, Message = "Welcomed a {ConversationType} conversation")]
    public static partial void Welcomed(ILogger logger, string? conversationType);

    [LoggerMessage(EventId = 3101, Level = LogLevel.Debug, Message = "Welcome skipped: this conversation was already welcomed")]
    public static partial void AlreadyWelcomed(ILogger logger);

    [LoggerMessage(EventId = 3900, Level = LogLevel.Error, Message = "Turn failed for a {ActivityType} activity; apologising")]
    public static partial void TurnFailed(ILogger logger, Exception exception, string activityType);

    [LoggerMessage(EventId = 3901, Level = LogLevel.Error, Message = "Could not apologise for a failed turn")]
    public static partial void ApologyFailed(ILogger logger, Exception exception);
}
