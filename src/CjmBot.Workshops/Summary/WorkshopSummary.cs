using CjmBot.Workshops.Contributions;
using CjmBot.Workshops.Frame;
using CjmBot.Workshops.Questions;
using CjmBot.Workshops.Themes;
using CjmBot.Workshops.Voting;

namespace CjmBot.Workshops.Summary;

/// <summary>
/// The highlights of a workshop, at any moment: per segment the emotion low points, the barriers and solutions
/// named most often and voted highest, and the insights; who took part; the action items and conclusions; and, for a
/// copy, what changed since the version it came from.
/// </summary>
public sealed record WorkshopSummary(
    IReadOnlyList<SegmentSummary> Segments,
    IReadOnlyList<Insight> GeneralInsights,
    Participation Participation,
    VersionComparison? Comparison,
    IReadOnlyList<ActionItem> ActionItems,
    IReadOnlyList<Conclusion> Conclusions)
{
    /// <summary>How many barriers and solutions a segment's highlights name.</summary>
    public const int TopCount = 3;

    /// <summary>
    /// Summarises <paramref name="workshop"/>; with <paramref name="previous"/> (the version it was copied from) it
    /// also says what changed.
    /// </summary>
    public static WorkshopSummary Of(WorkshopSnapshot workshop, WorkshopSnapshot? previous = null)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        var frame = workshop.Frame;
        var insights = workshop.Insights;
        var segments = frame.Segments.Select(segment => new SegmentSummary(
            segment,
            LowPoints(EmotionCurve.For(workshop, segment.Id)),
            Mentions.Top(workshop.Answers, segment.Id, QuestionKey.Barriers, TopCount),
            Mentions.Top(workshop.Answers, segment.Id, QuestionKey.Solutions, TopCount),
            insights.Where(insight => insight.SegmentId == segment.Id).ToList(),
            [.. workshop.Votes.Ranking(segment.Id, QuestionKey.Barriers).Take(TopCount)],
            [.. workshop.Votes.Ranking(segment.Id, QuestionKey.Solutions).Take(TopCount)])
        {
            Themes = ThemeRanks(workshop, segment.Id),
        }).ToList();
        var general = insights.Where(insight => insight.SegmentId is null || frame.FindSegment(insight.SegmentId) is null).ToList();
        return new WorkshopSummary(
            segments, general, Participation.Of(workshop), previous is null ? null : VersionComparison.Of(previous, workshop),
            workshop.ActionItems, workshop.Conclusions);
    }

    /// <summary>Accepted themes of every lane, most votes on their answers first, then most answers; lanes in the method's order.</summary>
    private static IReadOnlyList<ThemeRank> ThemeRanks(WorkshopSnapshot workshop, string segmentId) =>
        workshop.ThemeRecords.Count == 0
            ? []
            : [.. Enum.GetValues<QuestionKey>().SelectMany(lane => workshop.Themes.Accepted(segmentId, lane)
                .Select(theme => new ThemeRank(lane, theme.Label, theme.Count, ThemeVotes(workshop, segmentId, theme)))
                .OrderByDescending(rank => rank.Votes).ThenByDescending(rank => rank.Answers)
                .Take(TopCount))];

    /// <summary>Votes behind a theme: those given to its answers and those given to the theme itself (<c>vote themes</c>).</summary>
    public static int ThemeVotes(WorkshopSnapshot workshop, string segmentId, AcceptedTheme theme)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        ArgumentNullException.ThrowIfNull(theme);
        return theme.Answers.Sum(answer => workshop.Votes.VotesFor(answer.Id)) + ThemeVoting.VotesFor(workshop, segmentId, theme.Id);
    }

    /// <summary>Stages whose average feeling is below neutral, lowest first, and the key pain point(s) among them.</summary>
    private static IReadOnlyList<EmotionLowPoint> LowPoints(EmotionCurve curve) =>
        curve.Stages
            .Where(stage => stage.HasScores && stage.Sum < 0)
            .Order(Comparer<StageEmotion>.Create((a, b) => a.CompareAverage(b)))
            .ThenBy(stage => stage.StageIndex)
            .Take(TopCount)
            .Select(stage => new EmotionLowPoint(stage, curve.KeyPainStages.Contains(stage.StageIndex)))
            .ToList();
}

/// <summary>
/// One segment's highlights: barriers and solutions by how often they were named and, once the group has voted,
/// by votes (best first, ties sharing a rank).
/// </summary>
public sealed record SegmentSummary(
    Segment Segment,
    IReadOnlyList<EmotionLowPoint> LowPoints,
    IReadOnlyList<Mention> TopBarriers,
    IReadOnlyList<Mention> TopSolutions,
    IReadOnlyList<Insight> Insights,
    IReadOnlyList<RankedItem> VotedBarriers,
    IReadOnlyList<RankedItem> VotedSolutions)
{
    /// <summary>The accepted themes per lane (at most <see cref="WorkshopSummary.TopCount"/> each), ranked by votes, then answers.</summary>
    public IReadOnlyList<ThemeRank> Themes { get; init; } = [];
}

/// <summary>An accepted theme in the summary: its lane, label, how many answers stand behind it and the votes on them.</summary>
public sealed record ThemeRank(QuestionKey Lane, string Label, int Answers, int Votes);

/// <summary>A stage where the customer feels bad on average; <see cref="IsKeyPain"/> marks the lowest of the curve.</summary>
public sealed record EmotionLowPoint(StageEmotion Emotion, bool IsKeyPain);
