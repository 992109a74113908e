using CjmBot.Workshops;

namespace CjmBot.Cards.Localization;

/// <summary>
/// What the bot says to lead people on in the chat, in one language: "did you mean" for a mistyped command, the score an
/// emotions answer lacks, the next steps once every question was asked, the current question shown again.
/// </summary>
public sealed record GuidanceText
{
    public required Language Language { get; init; }

    /// <summary>A one-word message looks like a mistyped command (the argument is the command word, e.g. <c>next</c>).</summary>
    public required Func<string, string> DidYouMean { get; init; }

    /// <summary>Under "did you mean": the message is not an answer yet (the argument is the message, quoted).</summary>
    public required Func<string, string> NotRecordedYet { get; init; }

    public required Func<string, string> RunCommandButton { get; init; }

    public required string RecordAsAnswerButton { get; init; }

    /// <summary>After "Yes": which command runs now.</summary>
    public required Func<string, string> Running { get; init; }

    /// <summary>An emotions answer came without a score (a typed one gets the score card, a card one this notice).</summary>
    public required Func<int, int, string> ScoreMissing { get; init; }

    /// <summary>The score card's question (the answer's words follow, quoted).</summary>
    public required string WhichScore { get; init; }

    public required string NextStepsNote { get; init; }

    public required string VoteButton { get; init; }

    public required string ActionsButton { get; init; }

    public required string ConcludeButton { get; init; }

    public required string ExportButton { get; init; }

    public required string MapButton { get; init; }

    /// <summary>The button under <c>status</c> that shows the current question's card again.</summary>
    public required string ShowQuestionButton { get; init; }

    /// <summary>On an earlier question's card after an answer to it: the session is elsewhere now.</summary>
    public required string EarlierQuestionNote { get; init; }

    public static GuidanceText For(Language language) => language == Language.Ru ? GuidanceTexts.Russian : GuidanceTexts.English;
}
