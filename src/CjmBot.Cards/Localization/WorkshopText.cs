using CjmBot.Workshops;
using CjmBot.Workshops.Contributions;
using CjmBot.Workshops.Frame;
using CjmBot.Workshops.Progress;

namespace CjmBot.Cards.Localization;

/// <summary>Everything the bot says about workshops, in one language (see <see cref="WorkshopTexts"/>).</summary>
public sealed record WorkshopText
{
    public required Language Language { get; init; }

    // Setup card
    public required string SetupHeading { get; init; }
    public required string SetupIntro { get; init; }
    public required string TitleLabel { get; init; }
    public required string TitlePlaceholder { get; init; }
    public required string ProductLabel { get; init; }
    public required string GoalLabel { get; init; }
    public required string GoalPlaceholder { get; init; }
    public required string MapTypeLabel { get; init; }
    public required string TemplateLabel { get; init; }
    public required string CustomStagesLabel { get; init; }
    public required string CustomStagesPlaceholder { get; init; }
    public required string SegmentsLabel { get; init; }
    public required string SegmentsPlaceholder { get; init; }
    public required string KpiLabel { get; init; }
    public required string KpiToggle { get; init; }
    public required string AnonymousLabel { get; init; }
    public required string AnonymousToggle { get; init; }
    public required string TimeboxLabel { get; init; }
    public required string LanguageLabel { get; init; }
    public required string StartButton { get; init; }
    public required string CancelButton { get; init; }
    public required string RequiredField { get; init; }
    public required string SetupCancelled { get; init; }
    public required Func<int, string> SetupProblems { get; init; }

    // Setup validation
    public required Func<string, int, string> FieldTooLong { get; init; }
    public required Func<string, string> FieldMissing { get; init; }
    public required string CustomStagesMissing { get; init; }
    public required Func<int, int, string> StageCount { get; init; }
    public required string StagesDuplicate { get; init; }
    public required Func<int, int, string> SegmentCount { get; init; }
    public required string SegmentNameMissing { get; init; }
    public required Func<int, int, string> TimeboxRange { get; init; }

    // Started / summary
    public required string StartedHeading { get; init; }
    public required Func<string, string> StartedBy { get; init; }
    public required string StagesLabel { get; init; }
    public required string SegmentLabel { get; init; }
    public required string HowToAnswer { get; init; }
    public required Func<string, string> AlreadyRunning { get; init; }

    // Question card
    public required Func<int, int, string, string> StageOf { get; init; }
    public required Func<int, int, string> QuestionOf { get; init; }
    public required string AnswerLabel { get; init; }
    public required string AnswerPlaceholder { get; init; }
    public required string AnswerRequired { get; init; }
    public required string ScoreLabel { get; init; }
    public required string SourceLabel { get; init; }
    public required string SendAnswerButton { get; init; }
    public required string SaveInsightButton { get; init; }
    public required string NextButton { get; init; }
    public required string BackButton { get; init; }
    public required string SkipButton { get; init; }
    public required string PauseButton { get; init; }
    public required string ResumeButton { get; init; }
    public required string FacilitatorControls { get; init; }

    /// <summary>The question card's plain line in place of the facilitators' buttons (they see the buttons after Teams refreshes it for them).</summary>
    public required string FacilitatorsType { get; init; }

    /// <summary>Title of the question card's refresh action (Teams shows it in the card's menu).</summary>
    public required string RefreshButton { get; init; }
    public required Func<int, string> AnswersSoFar { get; init; }

    /// <summary>The question card's count section: who answered (names as given, the rest counted).</summary>
    public required Func<IReadOnlyList<string>, int, string> AnsweredBy { get; init; }
    public required Func<string, string> TimerEndsAt { get; init; }
    public required string PausedNote { get; init; }
    public required string ClosedNote { get; init; }
    public required string FinishedHeading { get; init; }
    public required string FinishedNote { get; init; }

    // Answers
    public required Func<string, string, string> Recorded { get; init; }
    public required Func<string, string> RecordedQuote { get; init; }
    public required string EmptyAnswer { get; init; }
    public required Func<int, int, string> AnswerTooLong { get; init; }
    public required Func<int, int, string> ScoreOutOfRange { get; init; }
    public required string NotAcceptingClosed { get; init; }
    public required string NotAcceptingPaused { get; init; }
    public required string NoWorkshop { get; init; }
    public required string InsightNoted { get; init; }
    public required string InsightEmpty { get; init; }
    public required Func<string, string> Edited { get; init; }
    public required string EditEmpty { get; init; }
    public required Func<string, string> Undone { get; init; }
    public required string NothingToChange { get; init; }

    // Facilitator
    public required Func<string, string> FacilitatorsOnly { get; init; }
    public required string Paused { get; init; }
    public required string Resumed { get; init; }
    public required string Closed { get; init; }
    public required string Reopened { get; init; }
    public required Func<int, string, string> TimerStarted { get; init; }
    public required string TimerUsage { get; init; }
    public required Func<string, string> TimeIsUp { get; init; }
    public required string GotoUsage { get; init; }
    public required Func<string, string> UnknownStage { get; init; }
    public required string AlreadyAtStart { get; init; }
    public required string AlreadyAtEnd { get; init; }
    public required string AlreadyPaused { get; init; }
    public required string NotPaused { get; init; }
    public required string AlreadyClosed { get; init; }
    public required string NotClosed { get; init; }
    public required string StaleCard { get; init; }

    /// <summary>A card answer for a question the session has not asked yet.</summary>
    public required string NotAskedYet { get; init; }

    /// <summary>A click on a card that was posted for someone else (a setup form someone else asked for).</summary>
    public required string NotYourCard { get; init; }

    /// <summary>The same move typed twice in a moment: the question it is at now ({0}: "Q2 · Touchpoints"), and how to go on.</summary>
    public required Func<string, string, string> RepeatedMove { get; init; }

    /// <summary>The answer to a card click delivered again: it was taken the first time.</summary>
    public required string AlreadyRecorded { get; init; }
    public required Func<string, string> CoFacilitatorsAdded { get; init; }
    public required string CoFacilitatorUsage { get; init; }
    public required Func<int, string> Copied { get; init; }
    public required Func<string, string, string> SegmentDone { get; init; }

    // Status
    public required Func<WorkshopStatus, string> StatusName { get; init; }
    public required Func<string, string, string> StatusLine { get; init; }
    public required Func<int, int, string> StatusCounts { get; init; }

    // Map
    public required string MapHeading { get; init; }
    public required Func<string, string> MapSegment { get; init; }
    public required string NoAnswersYet { get; init; }
    public required Func<int, string> MoreItems { get; init; }
    public required Func<string, string> EmotionAverage { get; init; }
    public required string InsightsHeading { get; init; }
    public required string Anonymous { get; init; }
    public required string CurrentMarker { get; init; }
    public required string EmotionCurveHeading { get; init; }

    /// <summary>One stage's spread: min, average, max (already formatted) and how many scores.</summary>
    public required Func<string, string, string, int, string> EmotionSpread { get; init; }
    public required string NoScoresYet { get; init; }

    /// <summary>The label of the stage with the lowest average emotion (shown in Attention colour, never colour alone).</summary>
    public required string KeyPain { get; init; }
    public required string AverageEmotionLegend { get; init; }
    public required string StageAxis { get; init; }
    public required string ScoreAxis { get; init; }
    public required Func<int, string> ShowAll { get; init; }
    public required Func<int, string> ShowMore { get; init; }
    public required string MapShortened { get; init; }

    public required Func<StageTemplate, string> TemplateName { get; init; }
    public required Func<int, string> ScoreName { get; init; }

    public string MapTypeName(MapType type) => Vocabulary.MapTypeName(type, Language);

    public string SourceName(EvidenceSource source) => Vocabulary.SourceName(source, Language);

    public static WorkshopText For(Language language) => language == Language.Ru ? WorkshopTexts.Russian : WorkshopTexts.English;
}
