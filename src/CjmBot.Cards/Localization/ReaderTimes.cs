namespace CjmBot.Cards.Localization;

/// <summary>Times as a reader sees them: in their zone where Teams told it, in UTC otherwise; always labelled.</summary>
public static class ReaderTimes
{
    public static DateTime Zoned(DateTimeOffset at, TimeZoneInfo? zone) =>
        zone is null ? at.UtcDateTime : TimeZoneInfo.ConvertTimeFromUtc(at.UtcDateTime, zone);

    /// <summary>What follows the time: <c> UTC</c>, or the zone's IANA name in brackets.</summary>
    public static string Label(TimeZoneInfo? zone) => zone is null ? " UTC" : $" ({zone.Id})";

    /// <summary>The zone of an IANA (or Windows) id; null for none, UTC itself, or one this machine does not know.</summary>
    public static TimeZoneInfo? Find(string? id)
    {
        if (string.IsNullOrWhiteSpace(id) || id is "UTC" or "Etc/UTC" or "GMT")
        {
            return null;
        }

        return TimeZoneInfo.TryFindSystemTimeZoneById(id.Trim(), out var zone) ? zone : null;
    }

    /// <summary>A wall-clock time in <paramref name="zone"/> (UTC when null) as the instant it names.</summary>
    public static DateTimeOffset FromLocal(DateTime local, TimeZoneInfo? zone)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone is null)
        {
            return new DateTimeOffset(unspecified, TimeSpan.Zero);
        }

        // A time skipped by a clock change is read as the same wall time an hour later.
        var adjusted = zone.IsInvalidTime(unspecified) ? unspecified.AddHours(1) : unspecified;
        return new DateTimeOffset(adjusted, zone.GetUtcOffset(adjusted)).ToUniversalTime();
    }
}
