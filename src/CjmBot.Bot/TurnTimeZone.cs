using CjmBot.Cards.Localization;
using CjmBot.Protocol.Schema;

namespace CjmBot.Bot;

/// <summary>The sender's time zone as Teams tells it (the activity's <c>localTimezone</c>, else the <c>clientInfo</c> entity's <c>timezone</c>); null means UTC.</summary>
public static class TurnTimeZone
{
    public static TimeZoneInfo? Of(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return ReaderTimes.Find(activity.LocalTimezone)
            ?? ReaderTimes.Find(activity.Entities?.FirstOrDefault(entity => entity.Type == Entity.ClientInfoType)?.Timezone);
    }
}
