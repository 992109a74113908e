using CjmBot.Workshops;
using CjmBot.Workshops.Contributions;

namespace CjmBot.Cards.Localization;

/// <summary>What the bot says about summaries, exports and deleting a workshop, in one language (see <see cref="SummaryTexts"/>).</summary>
public sealed record SummaryText
{
    public required Language Language { get; init; }

    // Summary card
    public required string Heading { get; init; }
    public required Func<int, string> Version { get; init; }
    public required string SegmentLabel { get; init; }
    public required string LowPointsLabel { get; init; }
    public required string NoLowPoints { get; init; }
    public required Func<string, string, int, string> LowPoint { get; init; }
    public required string KeyPain { get; init; }
    public required string BarriersLabel { get; init; }
    public required string SolutionsLabel { get; init; }
    public required Func<int, string> Mentions { get; init; }
    public required string NoneYet { get; init; }
    public required string InsightsLabel { get; init; }
    public required string GeneralInsightsLabel { get; init; }
    public required Func<int, string> More { get; init; }
    public required string ParticipationLabel { get; init; }
    public required Func<int, int, int, string> ParticipationTotals { get; init; }
    public required Func<int, int, string> PersonShare { get; init; }
    public required Func<int, string> ComparisonHeading { get; init; }
    public required Func<string, string, string, string> StageChange { get; init; }
    public required string NoScore { get; init; }
    public required string NewBarriersLabel { get; init; }
    public required string ResolvedBarriersLabel { get; init; }
    public required string NoBarrierChanges { get; init; }
    public required string VotedBarriersLabel { get; init; }
    public required string VotedSolutionsLabel { get; init; }
    public required Func<int, int, string> VotesAndRank { get; init; }
    public required string ActionItemsLabel { get; init; }
    public required Func<string, string, string> ActionItemOwner { get; init; }
    public required string ConclusionsLabel { get; init; }
    public required string DownloadsLabel { get; init; }
    public required Func<string, string> LinksValidUntil { get; init; }
    public required Func<string, string> FormatName { get; init; }

    // Export command
    public required string ExportUsage { get; init; }
    public required string QuietFailed { get; init; }

    // Deletion
    public required Func<string, int, string> DeleteQuestion { get; init; }
    public required string DeleteButton { get; init; }
    public required string KeepButton { get; init; }
    public required string DeleteCancelled { get; init; }
    public required string DeleteStale { get; init; }
    public required string AlreadyDeleted { get; init; }
    public required Func<string, string> Deleted { get; init; }
    public required Func<ContributionKind, string> ContributionRows { get; init; }
    public required string HeadRows { get; init; }
    public required Func<string, string> OtherRows { get; init; }
    public required string IndexRows { get; init; }
    public required string ScheduledJobs { get; init; }
    public required string MapMessage { get; init; }
    public required string MapMessageReplaced { get; init; }
    public required string MapMessageKept { get; init; }

    /// <summary>What the live map message shows after its workshop was deleted, where the chat does not let the bot delete it.</summary>
    public required string MapDeletedNote { get; init; }

    public static SummaryText For(Language language) => language == Language.Ru ? SummaryTexts.Russian : SummaryTexts.English;
}
