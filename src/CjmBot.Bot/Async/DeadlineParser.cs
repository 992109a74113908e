using System.Globalization;
using System.Text.RegularExpressions;

namespace CjmBot.Bot.Async;

/// <summary>Reads a deadline: a span from now (<c>48h</c>, <c>30m</c>, <c>2d</c>; ru <c>48ч</c>, <c>30м</c>, <c>2д</c>) or a date and time on the sender's clock (UTC with a <c>Z</c> or when their zone is unknown).</summary>
public static partial class DeadlineParser
{
    /// <summary>Date and time marked as UTC.</summary>
    private static readonly string[] UtcFormats = ["yyyy-MM-dd'T'HH:mm'Z'", "yyyy-MM-dd HH:mm'Z'"];

    /// <summary>Date and time on the sender's clock (UTC when their zone is not known).</summary>
    private static readonly string[] LocalFormats = ["yyyy-MM-dd HH:mm", "yyyy-MM-ddTHH:mm", "dd.MM.yyyy HH:mm", "yyyy-MM-dd"];

    /// <param name="zone">The sender's time zone: a date and time without a <c>Z</c> is read on their clock; null reads it as UTC.</param>
    public static DateTimeOffset? Parse(string? text, DateTimeOffset now, TimeZoneInfo? zone = null)
    {
        var value = text?.Trim() ?? "";
        if (value.Length == 0)
        {
            return null;
        }

        var span = SpanPattern().Match(value);
        if (span.Success && int.TryParse(span.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count > 0 && count <= 10_000)
        {
            var unit = span.Groups["unit"].Value.ToLowerInvariant();
            return unit switch
            {
                "m" or "min" or "м" or "мин" => now.AddMinutes(count),
                "d" or "д" or "дн" => now.AddDays(count),
                _ => now.AddHours(count),
            };
        }

        if (DateTimeOffset.TryParseExact(value, UtcFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at))
        {
            return at;
        }

        return DateTime.TryParseExact(value, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? Cards.Localization.ReaderTimes.FromLocal(local, zone)
            : null;
    }

    [GeneratedRegex(@"^(?<n>\d+)\s*(?<unit>h|ч|m|min|м|мин|d|д|дн)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SpanPattern();
}
