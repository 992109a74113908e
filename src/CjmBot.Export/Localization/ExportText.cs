using CjmBot.Workshops;
using CjmBot.Workshops.Contributions;
using CjmBot.Workshops.Frame;

namespace CjmBot.Export.Localization;

/// <summary>Every word an export adds around the participants' text, in one language. All required, so a missing string does not compile.</summary>
public sealed record ExportText
{
    public required Language Language { get; init; }
    public required string MapHeading { get; init; }
    public required string ProductLabel { get; init; }
    public required string GoalLabel { get; init; }
    public required string MapTypeLabel { get; init; }
    public required string SegmentLabel { get; init; }
    public required string PersonaLabel { get; init; }
    public required string StageLabel { get; init; }
    public required string QuestionLabel { get; init; }
    public required string AuthorLabel { get; init; }
    public required string ScoreLabel { get; init; }
    public required string SourceLabel { get; init; }

    /// <summary>The column saying where an answer was given: in the workshop's chat or in a personal chat (asynchronously).</summary>
    public required string AnsweredInLabel { get; init; }
    public required string WorkshopChat { get; init; }
    public required string PersonalChat { get; init; }
    public required string VotesLabel { get; init; }
    public required string TimeLabel { get; init; }
    public required string TextLabel { get; init; }

    /// <summary>The <c>Theme</c> column (empty for an answer in no accepted theme), the themes section's heading and its last group.</summary>
    public required string ThemeLabel { get; init; }
    public required Func<string, string> ThemesHeading { get; init; }
    public required string NoTheme { get; init; }

    /// <summary>A theme's heading in exports: its label, its answers and the votes on them.</summary>
    public required Func<string, int, int, string> ThemeHeading { get; init; }
    public required string Anonymous { get; init; }
    public required string NoAnswers { get; init; }
    public required string EmotionLabel { get; init; }
    public required string NoScores { get; init; }
    public required string MinLabel { get; init; }
    public required string AverageLabel { get; init; }
    public required string MaxLabel { get; init; }
    public required string EmotionCurveHeading { get; init; }
    public required string EmotionCurveDescription { get; init; }
    public required string InsightsHeading { get; init; }
    public required string GeneralInsightsHeading { get; init; }

    /// <summary>The question column of an insight's row (CSV, the Insights sheet).</summary>
    public required string InsightLabel { get; init; }
    public required string AnswersSheetName { get; init; }
    public required Func<int, int, string, string> StageOf { get; init; }

    public string MapTypeName(MapType type) => Vocabulary.MapTypeName(type, Language);

    public string SourceName(EvidenceSource source) => Vocabulary.SourceName(source, Language);
}
