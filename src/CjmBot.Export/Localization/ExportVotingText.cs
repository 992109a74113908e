using CjmBot.Workshops;
using CjmBot.Workshops.Voting;

namespace CjmBot.Export.Localization;

/// <summary>The words exports add for votes, action items and conclusions, in one language (see <see cref="ExportVotingTexts"/>).</summary>
public sealed record ExportVotingText
{
    public required Language Language { get; init; }
    public required Func<int, int, string> RankAndVotes { get; init; }
    public required string ActionItemsHeading { get; init; }

    /// <summary>The question column of an action item's row in the CSV.</summary>
    public required string ActionItemLabel { get; init; }

    /// <summary>The owner of an action item whose owner asked to be forgotten.</summary>
    public required string FormerParticipant { get; init; }
    public required string SolutionLabel { get; init; }
    public required string OwnerLabel { get; init; }
    public required string DueLabel { get; init; }
    public required string ConclusionsHeading { get; init; }
    public required Func<ConclusionTopic, string> Topic { get; init; }
}
