using Microsoft.Extensions.Logging;

namespace CjmBot.Storage;

// Event ids of this project: 4000-4999. 4000-4099 table state store, 4100-4149 workshop tables, 4150-4199 the
// schedule. Values and participants' words are never logged, only keys and ids.
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

    [LoggerMessage(EventId = 4100, Level = LogLevel.Information, Message = "Table {TableName} is ready")]
    public static partial void TableReady(ILogger logger, string tableName);

    [LoggerMessage(EventId = 4101, Level = LogLevel.Error, Message = "Could not create or open the table {TableName}")]
    public static partial void TableUnavailable(ILogger logger, Exception exception, string tableName);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Information, Message = "Workshop {WorkshopId} created in conversation {ConversationId}")]
    public static partial void WorkshopCreated(ILogger logger, string workshopId, string conversationId);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Debug, Message = "Concurrent change of the {Row} of workshop {WorkshopId} (attempt {Attempt}); re-reading")]
    public static partial void WorkshopWriteConflict(ILogger logger, string row, string workshopId, int attempt);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Warning, Message = "The {Row} of workshop {WorkshopId} kept changing underneath {Attempts} attempts; giving up")]
    public static partial void WorkshopWriteGaveUp(ILogger logger, string row, string workshopId, int attempts);

    [LoggerMessage(EventId = 4107, Level = LogLevel.Debug, Message = "Concurrent change of the index of conversation {ConversationId} (attempt {Attempt}); re-reading")]
    public static partial void IndexWriteConflict(ILogger logger, string conversationId, int attempt);

    [LoggerMessage(EventId = 4108, Level = LogLevel.Warning, Message = "The index of conversation {ConversationId} kept changing underneath {Attempts} attempts; giving up")]
    public static partial void IndexWriteGaveUp(ILogger logger, string conversationId, int attempts);

    [LoggerMessage(EventId = 4106, Level = LogLevel.Error, Message = "Workshop entity {PartitionKey}/{RowKey} is damaged: {Problem}")]
    public static partial void DamagedWorkshopEntity(ILogger logger, string partitionKey, string rowKey, string problem);

    [LoggerMessage(EventId = 4150, Level = LogLevel.Debug, Message = "Job {JobKey} was claimed by another instance first")]
    public static partial void JobClaimLost(ILogger logger, string jobKey);

    [LoggerMessage(EventId = 4151, Level = LogLevel.Debug, Message = "Job {JobKey} changed after it was claimed; not completed")]
    public static partial void JobCompleteLost(ILogger logger, string jobKey);

    [LoggerMessage(EventId = 4152, Level = LogLevel.Error, Message = "Job entity {RowKey} is damaged: {Problem}")]
    public static partial void DamagedJobEntity(ILogger logger, string rowKey, string problem);

    [LoggerMessage(EventId = 4180, Level = LogLevel.Information, Message = "Workshop {WorkshopId} deleted: {Rows} rows removed")]
    public static partial void WorkshopDeleted(ILogger logger, string workshopId, int rows);

    [LoggerMessage(EventId = 4181, Level = LogLevel.Information, Message = "{Count} scheduled jobs under {KeyPrefix} removed")]
    public static partial void JobsRemoved(ILogger logger, string keyPrefix, int count);

    [LoggerMessage(EventId = 4190, Level = LogLevel.Information, Message = "Write into workshop {WorkshopId} refused: the workshop is gone or being deleted")]
    public static partial void WriteIntoGoneWorkshop(ILogger logger, string workshopId);

    [LoggerMessage(EventId = 4191, Level = LogLevel.Debug, Message = "An operation on workshop {WorkshopId} was applied before (redelivery); nothing written")]
    public static partial void OperationAlreadyApplied(ILogger logger, string workshopId);

    [LoggerMessage(EventId = 4192, Level = LogLevel.Debug, Message = "Workshop {WorkshopId} exists already (the same start again); nothing created")]
    public static partial void WorkshopExists(ILogger logger, string workshopId);

    [LoggerMessage(EventId = 4193, Level = LogLevel.Information, Message = "Workshop {WorkshopId} not started: another workshop runs in conversation {ConversationId}")]
    public static partial void WorkshopNotStarted(ILogger logger, string workshopId, string conversationId);

    [LoggerMessage(EventId = 4194, Level = LogLevel.Information, Message = "A person was erased from workshop {WorkshopId}: {Rows} rows removed or anonymised")]
    public static partial void PersonErased(ILogger logger, string workshopId, int rows);
}
