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

    [LoggerMessage(EventId = 6010, Level = LogLevel.Warning, Message = "Health: storage did not answer within {Timeout}")]
    public static partial void StorageProbeTimedOut(ILogger logger, TimeSpan timeout);

    [LoggerMessage(EventId = 6011, Level = LogLevel.Warning, Message = "Health: storage is unreachable")]
    public static partial void StorageProbeFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 6700, Level = LogLevel.Information, Message = "Export of workshop {WorkshopId} served as {Format} ({Bytes} bytes)")]
    public static partial void ExportServed(ILogger logger, string workshopId, CjmBot.Export.ExportFormat format, long bytes);

    [LoggerMessage(EventId = 6701, Level = LogLevel.Warning, Message = "Export download refused with {StatusCode}: {Reason}")]
    public static partial void ExportRefused(ILogger logger, int statusCode, string reason);

    [LoggerMessage(EventId = 6004, Level = LogLevel.Information, Message = "Stopping: waiting for {Count} turns under way to finish")]
    public static partial void DrainingTurns(ILogger logger, int count);
}
