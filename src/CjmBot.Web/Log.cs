namespace CjmBot.Web;

// Event ids of this project: 6000-6999.
internal static partial class Log
{
    [LoggerMessage(EventId = 6000, Level = LogLevel.Warning, Message = "Inbound request refused with {StatusCode}: {Reason}")]
    public static partial void RequestRefused(ILogger logger, int statusCode, string reason);

    [LoggerMessage(EventId = 6001, Level = LogLevel.Warning, Message = "Activity {ActivityId} from tenant {TenantId} refused: the tenant is not allowed")]
    public static partial void TenantNotAllowed(ILogger logger, string? activityId, string? tenantId);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Error, Message = "The {ActivityType} turn for activity {ActivityId} did not finish within {Timeout}")]
    public static partial void TurnTimedOut(ILogger logger, string activityType, string? activityId, TimeSpan timeout);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Warning, Message = "Authentication is DISABLED (Bot:DisableAuthentication): requests are not verified and replies carry no token")]
    public static partial void AuthenticationDisabled(ILogger logger);

    [LoggerMessage(EventId = 6004, Level = LogLevel.Information, Message = "Stopping: waiting for {Count} turns under way to finish")]
    public static partial void DrainingTurns(ILogger logger, int count);

    [LoggerMessage(EventId = 6010, Level = LogLevel.Warning, Message = "Health: storage did not answer within {Timeout}")]
    public static partial void StorageProbeTimedOut(ILogger logger, TimeSpan timeout);

    [LoggerMessage(EventId = 6011, Level = LogLevel.Warning, Message = "Health: storage is unreachable")]
    public static partial void StorageProbeFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 6700, Level = LogLevel.Information, Message = "Export of workshop {WorkshopId} served as {Format}")]
    public static partial void ExportServed(ILogger logger, string workshopId, CjmBot.Export.ExportFormat format);

    [LoggerMessage(EventId = 6701, Level = LogLevel.Warning, Message = "Export download refused with {StatusCode}: {Reason}")]
    public static partial void ExportRefused(ILogger logger, int statusCode, string reason);

    [LoggerMessage(EventId = 6710, Level = LogLevel.Debug, Message = "Map page of workshop {WorkshopId} served at version {Version}")]
    public static partial void MapServed(ILogger logger, string workshopId, string version);

    [LoggerMessage(EventId = 6711, Level = LogLevel.Warning, Message = "Map page request refused with {StatusCode}: {Reason}")]
    public static partial void MapRefused(ILogger logger, int statusCode, string reason);

    [LoggerMessage(EventId = 6712, Level = LogLevel.Debug, Message = "Map stream of workshop {WorkshopId} opened")]
    public static partial void MapStreamOpened(ILogger logger, string workshopId);

    [LoggerMessage(EventId = 6713, Level = LogLevel.Debug, Message = "Map stream of workshop {WorkshopId} closed")]
    public static partial void MapStreamClosed(ILogger logger, string workshopId);

    [LoggerMessage(EventId = 6714, Level = LogLevel.Debug, Message = "Map of workshop {WorkshopId} rendered at version {Version} ({Contributions} contributions)")]
    public static partial void MapRendered(ILogger logger, string workshopId, string version, int contributions);

    [LoggerMessage(EventId = 6715, Level = LogLevel.Information, Message = "Map of workshop {WorkshopId}: the workshop is gone; its streams close")]
    public static partial void MapWorkshopGone(ILogger logger, string workshopId);

    [LoggerMessage(EventId = 6716, Level = LogLevel.Warning, Message = "Map of workshop {WorkshopId}: looking for changes failed; trying again")]
    public static partial void MapWatchFailed(ILogger logger, string workshopId, Exception exception);
}
