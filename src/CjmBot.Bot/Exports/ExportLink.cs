using CjmBot.Workshops;

namespace CjmBot.Bot.Exports;

/// <summary>What a download link asks for: one workshop, one file format, in one language, until a time.</summary>
public sealed record ExportLink(string WorkshopId, string Format, Language Language, DateTimeOffset ExpiresAt);

/// <summary>One link per format, all expiring together.</summary>
public sealed record ExportLinkSet(DateTimeOffset ExpiresAt, IReadOnlyList<(string Format, Uri Url)> Links);

/// <summary>The verdict on a link that came back: only <see cref="Valid"/> may be served.</summary>
public enum ExportLinkCheck
{
    Valid,

    /// <summary>Not signed by us, or changed after signing (403).</summary>
    BadSignature,

    /// <summary>Signed by us, but its time is up (410).</summary>
    Expired,
}
