using CjmBot.Workshops;

namespace CjmBot.Export.MapPage;

/// <summary>
/// Every word the live map page, the Teams tab pages and the pages behind refused links add, in one language (see
/// <see cref="MapPageTexts"/>). The map's own labels (lanes, emotions, insights…) are the exports' (<see cref="Localization.ExportText"/>).
/// </summary>
public sealed record MapPageText
{
    public required Language Language { get; init; }

    /// <summary>The status line while the stream is connected, and while it reconnects.</summary>
    public required string Live { get; init; }

    public required string Reconnecting { get; init; }

    /// <summary>How long ago the workshop last changed: <c>{0}</c> is the number.</summary>
    public required string UpdatedJustNow { get; init; }

    public required string UpdatedSecondsAgo { get; init; }

    public required string UpdatedMinutesAgo { get; init; }

    public required string UpdatedHoursAgo { get; init; }

    public required string UpdatedDaysAgo { get; init; }

    public required string Print { get; init; }

    /// <summary>Where the session stands: stage and question, or that it is paused, finished or closed.</summary>
    public required Func<string, string, string, string> Now { get; init; }

    public required string Paused { get; init; }

    public required string Finished { get; init; }

    public required string Closed { get; init; }

    /// <summary>The marker on the current stage's column and question's cell (also read out: <c>aria-current</c>).</summary>
    public required string CurrentMarker { get; init; }

    public required string KeyPain { get; init; }

    /// <summary>The corner cell above the lane titles.</summary>
    public required string LaneHeader { get; init; }

    public required Func<int, string> Answers { get; init; }

    public required string Edited { get; init; }

    /// <summary>The scores given at a stage, shown under the curve: <c>{0}</c> is how many.</summary>
    public required Func<int, string> Scores { get; init; }

    public required string Segments { get; init; }

    /// <summary>The name of a segment's scrollable grid (a landmark of its own, so unlike the segment's heading): <c>{0}</c> is the segment.</summary>
    public required Func<string, string> Grid { get; init; }

    public required string WorkshopDeleted { get; init; }

    public required string MapLinkExpired { get; init; }

    public required string MapLinkInvalid { get; init; }

    public required string DownloadLinkExpired { get; init; }

    public required string DownloadLinkInvalid { get; init; }

    public required string WorkshopGone { get; init; }

    public required string TooBusy { get; init; }

    public required string LinkProblemTitle { get; init; }

    public required string TabHeading { get; init; }

    public required string TabIntro { get; init; }

    public required string ConfigIntro { get; init; }

    public required string RecentMaps { get; init; }

    public required string NoRecentMaps { get; init; }

    public required string LinkLabel { get; init; }

    public required string LinkHint { get; init; }

    public required string OpenLink { get; init; }

    public required string NotAMapLink { get; init; }

    public required string ScriptNeeded { get; init; }
}
