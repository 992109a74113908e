using Microsoft.Extensions.Logging;

namespace CjmBot.Bot;

// Event ids of this project: 3000-3999.
//   3000-3099 routes and commands, 3100-3199 welcome, 3200-3299 workshops, 3300-3399 schedule, 3400-3499 live map, 3900-3999 errors.
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

    [LoggerMessage(EventId = 3300, Level = LogLevel.Information, Message = "Scheduled job {Kind} {Key} ran")]
    public static partial void JobRan(ILogger logger, string kind, string key);

    [LoggerMessage(EventId = 3301, Level = LogLevel.Error, Message = "Scheduled job {Kind} {Key} failed; it will be retried when its claim runs out")]
    public static partial void JobFailed(ILogger logger, Exception exception, string kind, string key);

    [LoggerMessage(EventId = 3302, Level = LogLevel.Warning, Message = "Scheduled job {Key} has unknown kind {Kind}; dropped")]
    public static partial void UnknownJobKind(ILogger logger, string kind, string key);

    [LoggerMessage(EventId = 3303, Level = LogLevel.Error, Message = "Polling the schedule failed")]
    public static partial void PollFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3304, Level = LogLevel.Warning, Message = "Timer of workshop {WorkshopId} fired but the workshop or its conversation is gone")]
    public static partial void TimerTargetMissing(ILogger logger, string workshopId);

    [LoggerMessage(EventId = 3310, Level = LogLevel.Information, Message = "Retention sweep looked at {Workshops} workshops and set the retention of {Closed} closed ones")]
    public static partial void RetentionSwept(ILogger logger, int workshops, int closed);

    [LoggerMessage(EventId = 3400, Level = LogLevel.Debug, Message = "Live map of workshop {WorkshopId} redrawn with {Contributions} contributions")]
    public static partial void LiveMapRendered(ILogger logger, string workshopId, int contributions);

    [LoggerMessage(EventId = 3401, Level = LogLevel.Debug, Message = "Live map of workshop {WorkshopId} already shows {Contributions} contributions; not redrawn")]
    public static partial void LiveMapUpToDate(ILogger logger, string workshopId, int contributions);

    [LoggerMessage(EventId = 3402, Level = LogLevel.Debug, Message = "Workshop {WorkshopId} has no live map (or is gone); nothing to redraw")]
    public static partial void LiveMapMissing(ILogger logger, string workshopId);

    [LoggerMessage(EventId = 3403, Level = LogLevel.Warning, Message = "Live map of workshop {WorkshopId}: the connector answered {Status} (attempt {Attempt}); retry scheduled: {Retried}")]
    public static partial void LiveMapUpdateFailed(ILogger logger, string workshopId, int status, int attempt, bool retried);

    [LoggerMessage(EventId = 3404, Level = LogLevel.Warning, Message = "Live map of workshop {WorkshopId}: the connector refused the update with {Status} {ErrorCode}; not retried")]
    public static partial void LiveMapUpdateRefused(ILogger logger, string workshopId, int status, string? errorCode);

    [LoggerMessage(EventId = 3405, Level = LogLevel.Warning, Message = "Workshop {WorkshopId}: could not request a live map redraw; the next contribution will")]
    public static partial void LiveMapRequestFailed(ILogger logger, Exception exception, string workshopId);

    [LoggerMessage(EventId = 3420, Level = LogLevel.Debug, Message = "Live map of workshop {WorkshopId} had {Messages} messages after it; posted again at the bottom")]
    public static partial void LiveMapMoved(ILogger logger, string workshopId, int messages);

    [LoggerMessage(EventId = 3421, Level = LogLevel.Debug, Message = "Question card of workshop {WorkshopId} now counts {Answers} answers")]
    public static partial void QuestionCountRendered(ILogger logger, string workshopId, int answers);

    [LoggerMessage(EventId = 3422, Level = LogLevel.Warning, Message = "Workshop {WorkshopId}: the connector answered {Status} to {Part}; retry scheduled: {Retried}")]
    public static partial void LiveMessageUpdateFailed(ILogger logger, string workshopId, string part, int status, bool retried);

    [LoggerMessage(EventId = 3900, Level = LogLevel.Error, Message = "Turn failed for a {ActivityType} activity; apologising")]
    public static partial void TurnFailed(ILogger logger, Exception exception, string activityType);

    [LoggerMessage(EventId = 3901, Level = LogLevel.Error, Message = "Could not apologise for a failed turn")]
    public static partial void ApologyFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3500, Level = LogLevel.Information, Message = "Workshop {WorkshopId}: {Invited} invited to answer in a personal chat, {NotInstalled} without the app")]
    public static partial void ContributorsInvited(ILogger logger, string workshopId, int invited, int notInstalled);

    [LoggerMessage(EventId = 3501, Level = LogLevel.Warning, Message = "Workshop {WorkshopId}: could not open a personal chat ({Status} {ErrorCode}); the app is probably not installed for that member")]
    public static partial void PersonalChatRefused(ILogger logger, string workshopId, int status, string? errorCode);

    [LoggerMessage(EventId = 3503, Level = LogLevel.Information, Message = "Workshop {WorkshopId}: reminder {Label} sent to a contributor who has not finished")]
    public static partial void AsyncReminderSent(ILogger logger, string workshopId, string label);

    [LoggerMessage(EventId = 3504, Level = LogLevel.Debug, Message = "Workshop {WorkshopId}: reminder {Label} not needed (finished, window closed or deadline changed)")]
    public static partial void AsyncReminderSkipped(ILogger logger, string workshopId, string label);

    [LoggerMessage(EventId = 3602, Level = LogLevel.Warning, Message = "Could not read the members of conversation {ConversationId}; offering the workshop's participants instead")]
    public static partial void MembersUnavailable(ILogger logger, Exception exception, string? conversationId);

    [LoggerMessage(EventId = 3603, Level = LogLevel.Warning, Message = "Could not message the owner of an action item of workshop {WorkshopId} personally")]
    public static partial void OwnerNotNotified(ILogger logger, Exception? exception, string workshopId);

    [LoggerMessage(EventId = 3705, Level = LogLevel.Information, Message = "Workshop {WorkshopId} is deleted; the chat refused to delete its live map message, replacing its content instead")]
    public static partial void LiveMapMessageNotDeleted(ILogger logger, Exception exception, string workshopId);

    [LoggerMessage(EventId = 3704, Level = LogLevel.Warning, Message = "Workshop {WorkshopId} is deleted, but its live map message could not be removed from the chat")]
    public static partial void LiveMapMessageKept(ILogger logger, Exception exception, string workshopId);

    [LoggerMessage(EventId = 3701, Level = LogLevel.Information, Message = "Summary of workshop {WorkshopId} sent (privately: {Quiet})")]
    public static partial void SummarySent(ILogger logger, string workshopId, bool quiet);

    [LoggerMessage(EventId = 3702, Level = LogLevel.Warning, Message = "Could not send the summary of workshop {WorkshopId} privately")]
    public static partial void QuietSummaryFailed(ILogger logger, Exception exception, string workshopId);

    [LoggerMessage(EventId = 3902, Level = LogLevel.Warning, Message = "Storage is unavailable during a {ActivityType} turn; asked the user to send it again")]
    public static partial void TurnStorageUnavailable(ILogger logger, Exception exception, string activityType);
}
