using CjmBot.Workshops;

namespace CjmBot.Cards.Localization;

/// <summary>Everything the bot says about proposed themes, in one language (see <see cref="ThemeTexts"/>).</summary>
public sealed record ThemeText
{
    public required Language Language { get; init; }

    /// <summary>The card's heading, with the lane's name.</summary>
    public required Func<string, string> Heading { get; init; }
    public required string Intro { get; init; }

    /// <summary>A segment's heading: its name, its answers in the lane, its themes.</summary>
    public required Func<string, int, int, string> SegmentHeading { get; init; }
    public required Func<int, string> Answers { get; init; }
    public required Func<int, string> MoreAnswers { get; init; }
    public required Func<int, string> MoreThemes { get; init; }
    public required string NoAnswersInSegment { get; init; }

    /// <summary>The reply when no segment has an answer in the lane, with the lane's name.</summary>
    public required Func<string, string> NoAnswers { get; init; }

    /// <summary>The reply to a word after <c>themes</c> that names no lane.</summary>
    public required string Usage { get; init; }

    // Stored themes (the card's actions) -------------------------------------------------------------------------------

    public required string AcceptedIntro { get; init; }
    public required Func<string, string> AcceptTheme { get; init; }
    public required string AcceptAll { get; init; }
    public required string AcceptSuggested { get; init; }
    public required string SuggestedHeading { get; init; }

    /// <summary>A suggested answer's line: its words and the accepted theme it reads like.</summary>
    public required Func<string, string, string> Suggested { get; init; }
    public required string ProposedHeading { get; init; }
    public required string ThemeInput { get; init; }
    public required string LabelInput { get; init; }
    public required string IntoInput { get; init; }
    public required string AnswerInput { get; init; }
    public required string TargetInput { get; init; }
    public required string Rename { get; init; }
    public required string Merge { get; init; }
    public required string Move { get; init; }
    public required string Split { get; init; }
    public required string Reset { get; init; }

    /// <summary>The line the card shows after an action took effect.</summary>
    public required Func<Submissions.ThemeAction, string> Done { get; init; }
    public required string OutOfDate { get; init; }
    public required string LabelEmpty { get; init; }
    public required Func<int, string> LabelTooLong { get; init; }
    public required string NotFound { get; init; }
    public required string SameTheme { get; init; }
    public required string NothingToAccept { get; init; }
    public required string NothingToReset { get; init; }

    /// <summary>A theme's weight in the summary: its answers and the votes on them.</summary>
    public required Func<int, int, string> Ranked { get; init; }

    // Voting on themes -------------------------------------------------------------------------------------------------

    public required Func<int, string> VotingIntro { get; init; }
    public required Func<int, string> VotingOpened { get; init; }
    public required string NothingToVoteOn { get; init; }

    /// <summary>A theme on the ballot: its lane (the label and count follow).</summary>
    public required Func<string, string> BallotLane { get; init; }

    /// <summary>A theme on the map: its label and its answers' count.</summary>
    public required Func<string, int, string> LabelWithCount { get; init; }

    public static ThemeText For(Language language) => ThemeTexts.For(language);
}
