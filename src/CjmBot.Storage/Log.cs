using Microsoft.Extensions.Logging;

namespace CjmBot.Storage;

// Event ids of this project: 4000-4999. 4000-4099 table state store. Values are never logged, only keys.
internal static partial class Log
{
    [LoggerMessage(EventId = 4000, Level = LogLevel.Information, Message = "State table {TableName} is ready")]
    public static partial void StateTableReady(ILogger logger, string tableName);

    [LoggerMessage(EventId = 4001, Level = LogLevel.Error, Message = "Could not create or open the state table {TableName}")]
    public static partial void StateTableUnavailable(ILogger logger, Exception exception, string tableName);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Debug, Message = "State write conflict on {Key} (status {Status})")]
    public static partial void WriteConflict(ILogger logger, string key, int status);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Debug, Message = "State delete conflict on {Key}")]
    public static partial void DeleteConflict(ILogger logger, string key);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Warning, Message = "State value for {Key} has {Length} characters; the table store holds at most {Limit}")]
    public static partial void ValueTooLarge(ILogger logger, string key, int length, int limit);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Error, Message = "State entity for {Key} is damaged: {Problem}")]
    public static partial void DamagedEntity(ILogger logger, string key, string problem);
}
