using Microsoft.Extensions.Logging;

namespace CjmBot.Dialogs;

// Event ids of this project: 2000-2099.
//   2000-2019 stack, 2040-2059 persistence and runner.
// Participants' answers are never logged here: only dialog ids, positions and counts.
internal static partial class Log
{
    [LoggerMessage(EventId = 2000, Level = LogLevel.Debug, Message = "Dialog {DialogId} begun (stack depth {Depth})")]
    public static partial void DialogBegun(ILogger logger, string dialogId, int depth);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Debug, Message = "Dialog {DialogId} ended (stack depth {Depth})")]
    public static partial void DialogEnded(ILogger logger, string dialogId, int depth);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information, Message = "Dialog stack under {RootDialogId} cancelled ({Depth} frames)")]
    public static partial void DialogsCancelled(ILogger logger, string rootDialogId, int depth);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Information, Message = "Stored frame of {DialogId} has version {StoredVersion}, the definition is {CurrentVersion}: restarting it")]
    public static partial void StaleFrameRestarted(ILogger logger, string dialogId, string storedVersion, string currentVersion);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Warning, Message = "Stored frame names dialog {DialogId}, which is not registered: dropping the stack ({Depth} frames)")]
    public static partial void UnknownDialogDropped(ILogger logger, string dialogId, int depth);

    [LoggerMessage(EventId = 2040, Level = LogLevel.Warning, Message = "Dialog state {StateKey} is unreadable; starting over")]
    public static partial void StateUnreadable(ILogger logger, string stateKey);

    [LoggerMessage(EventId = 2041, Level = LogLevel.Debug, Message = "Dialog turn under {RootDialogId} ended {Status} (stack depth {Depth})")]
    public static partial void TurnFinished(ILogger logger, string rootDialogId, DialogTurnStatus status, int depth);

    [LoggerMessage(EventId = 2042, Level = LogLevel.Warning, Message = "Dialog state {StateKey} was changed by another turn; this turn's changes were not saved")]
    public static partial void StateConflict(ILogger logger, string stateKey);
}
