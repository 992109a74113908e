using System.Globalization;
using System.Text.RegularExpressions;

namespace CjmBot.Bot.Async;

/// <summary>Reads a deadline: a span from now (<c>48h</c>, <c>30m</c>, <c>2d</c>; ru <c>48ч</c>, <c>30м</c>, <c>2д</c>) or a UTC date and time.</summary>
public static partial class DeadlineParser
{
    private static readonly string[] Formats = ["yyyy-MM-dd HH:mm", "yyyy-MM-ddTHH:mm", "yyyy-MM-dd'T'HH:mm'Z'", "yyyy-MM-dd HH:mm'Z'", "dd.MM.yyyy HH:mm", "yyyy-MM-dd"];

    public static DateTimeOffset? Parse(string? text, DateTimeOffset now)
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

        return DateTimeOffset.TryParseExact(value, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at)
            ? at
            : null;
    }

    [GeneratedRegex(@"^(?<n>\d+)\s*(?<unit>h|ч|m|min|м|мин|d|д|дн)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SpanPattern();
}
