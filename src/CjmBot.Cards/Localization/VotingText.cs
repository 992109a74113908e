using CjmBot.Workshops;
using CjmBot.Workshops.Voting;

namespace CjmBot.Cards.Localization;

/// <summary>Everything the bot says about dot-voting, action items and conclusions, in one language (see <see cref="VotingTexts"/>).</summary>
public sealed record VotingText
{
    public required Language Language { get; init; }

    // Voting
    public required Func<string, string> VotingHeading { get; init; }
    public required Func<int, string> VotingIntro { get; init; }
    public required Func<int, string> VotesFor { get; init; }
    public required string SaveVotes { get; init; }
    public required Func<int, int, string> BallotSaved { get; init; }
    public required Func<int, int, string> OverBudget { get; init; }
    public required string UnknownItem { get; init; }
    public required string NotANumber { get; init; }
    public required string VotingNotOpen { get; init; }
    public required string VotingClosed { get; init; }
    public required Func<int, string> VotingOpened { get; init; }
    public required Func<int, string> BudgetChanged { get; init; }
    public required Func<int, int, string> BudgetInvalid { get; init; }
    public required string NothingToVoteOn { get; init; }
    public required string VotingAlreadyClosed { get; init; }
    public required string ClosedHeading { get; init; }
    public required Func<string, string> ResultsHeading { get; init; }
    public required Func<int, string> Votes { get; init; }
    public required Func<int, string> Voters { get; init; }
    public required string NoVotes { get; init; }

    // Action items
    public required string ActionsHeading { get; init; }
    public required string ActionsIntro { get; init; }
    public required Func<int, string> OwnerFor { get; init; }
    public required Func<int, string> DueFor { get; init; }
    public required string NoOwner { get; init; }
    public required string SaveActions { get; init; }
    public required string NoSolutions { get; init; }
    public required string NothingAssigned { get; init; }
    public required Func<int, string> DueMissing { get; init; }
    public required Func<int, string> OwnerUnknown { get; init; }
    public required Func<int, string> ActionsSaved { get; init; }
    public required Func<string, string> NotifyFailed { get; init; }
    public required Func<string, string, string, string> OwnerMessage { get; init; }
    public required string ActionItemsHeading { get; init; }
    public required Func<string, string, string> OwnerAndDue { get; init; }

    // Conclusions
    public required string ConcludeHeading { get; init; }
    public required string ConcludeIntro { get; init; }
    public required string SaveConclusions { get; init; }
    public required string ConclusionsEmpty { get; init; }
    public required Func<int, string> ConclusionsSaved { get; init; }
    public required Func<int, string> ConclusionTooLong { get; init; }
    public required string ConclusionsHeading { get; init; }
    public required Func<ConclusionTopic, string> Topic { get; init; }
    public required Func<ConclusionTopic, string> TopicPrompt { get; init; }

    public static VotingText For(Language language) => VotingTexts.For(language);
}
