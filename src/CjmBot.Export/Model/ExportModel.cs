using System.Globalization;
using CjmBot.Export.Localization;
using CjmBot.Workshops;
using CjmBot.Workshops.Contributions;
using CjmBot.Workshops.Frame;
using CjmBot.Workshops.Questions;

namespace CjmBot.Export.Model;

/// <summary>
/// A workshop arranged the way every export shows it: segments, stages, lanes, emotions and insights, with
/// the language's wording applied and authors already removed when the workshop is anonymous. Exporters only
/// lay this out, so anonymity and ordering are decided once.
/// </summary>
internal sealed class ExportModel
{
    private ExportModel(WorkshopFrame frame, ExportText text, IReadOnlyList<SegmentView> segments, IReadOnlyList<InsightView> generalInsights, IReadOnlyList<AnswerRow> rows)
    {
        Frame = frame;
        Text = text;
        Segments = segments;
        GeneralInsights = generalInsights;
        Rows = rows;
        Culture = ExportTexts.Culture(frame.Language);
    }

    public WorkshopFrame Frame { get; }

    public ExportText Text { get; }

    public CultureInfo Culture { get; }

    public IReadOnlyList<SegmentView> Segments { get; }

    /// <summary>Insights not tied to any segment of the map.</summary>
    public IReadOnlyList<InsightView> GeneralInsights { get; }

    /// <summary>Every answer in map order: segment, stage, question, then arrival.</summary>
    public IReadOnlyList<AnswerRow> Rows { get; }

    public static ExportModel Build(WorkshopSnapshot workshop)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        var frame = workshop.Frame;
        var text = ExportTexts.For(frame.Language);
        var answers = workshop.Answers;

        var segments = frame.Segments.ToList();
        foreach (var unknown in answers.Select(a => a.SegmentId).Distinct(StringComparer.Ordinal).Where(id => frame.FindSegment(id) is null))
        {
            // An answer for a segment no longer in the frame is still the group's work: keep it, under its id.
            segments.Add(new Segment(unknown, unknown, ""));
        }

        var stageCount = Math.Max(frame.Stages.Count, answers.Count == 0 ? 0 : answers.Max(a => a.StageIndex) + 1);
        var lanes = frame.Questions.Union(answers.Select(a => a.Question)).Order().ToList();
        var byCell = answers
            .OrderBy(a => a.At).ThenBy(a => a.Id, StringComparer.Ordinal)
            .ToLookup(a => (a.SegmentId, a.StageIndex, a.Question));
        var insights = workshop.Insights;
        string? AuthorOf(Participant participant) => frame.Anonymous ? null : participant.Name;
        var votingText = ExportVotingTexts.For(frame.Language);

        var segmentViews = new List<SegmentView>(segments.Count);
        var rows = new List<AnswerRow>(answers.Count);
        foreach (var segment in segments)
        {
            var stages = new List<StageView>(stageCount);
            for (var stage = 0; stage < stageCount; stage++)
            {
                var stageName = StageName(frame, stage);
                var laneViews = new List<LaneView>(lanes.Count);
                var scores = new List<int>();
                foreach (var lane in lanes)
                {
                    var laneName = QuestionCatalog.Text(lane, frame.Language).Lane;
                    var cell = byCell[(segment.Id, stage, lane)].ToList();
                    laneViews.Add(new LaneView(lane, laneName, cell.Select(a => new AnswerView(
                        a.Text, AuthorOf(a.Author), a.Score, a.Source is { } s ? text.SourceName(s) : null, workshop.Votes.VotesFor(a.Id), workshop.Votes.RankOf(a.Id))
                    {
                        Ranking = workshop.Votes.RankOf(a.Id) is { } rank ? votingText.RankAndVotes(rank, workshop.Votes.VotesFor(a.Id)) : null,
                        InPersonalChat = a.IsAsync,
                        Theme = workshop.Themes.ThemeOf(a.Id)?.Label,
                        ThemeId = workshop.Themes.ThemeOf(a.Id)?.Id,
                    }).ToList()));
                    scores.AddRange(cell.Where(a => a.Question == QuestionKey.Emotions && a.Score is not null).Select(a => a.Score!.Value));
                    rows.AddRange(cell.Select(a => new AnswerRow(
                        segment.Name, stageName, laneName, AuthorOf(a.Author) ?? text.Anonymous, a.Score,
                        a.Source is { } source ? text.SourceName(source) : "", a.IsAsync ? text.PersonalChat : text.WorkshopChat,
                        Votes: workshop.Votes.VotesFor(a.Id), IsoTime(a.At), a.Text) { Theme = workshop.Themes.ThemeOf(a.Id)?.Label ?? "" }));
                }

                var emotion = scores.Count == 0 ? null : new EmotionSummary(scores.Min(), scores.Average(), scores.Max(), scores.Count);
                stages.Add(new StageView(stage, stageName, laneViews, emotion));
            }

            var segmentInsights = insights.Where(i => i.SegmentId == segment.Id)
                .Select(i => new InsightView(i.StageIndex is { } s ? StageName(frame, s) : null, i.Text, AuthorOf(i.Author)))
                .ToList();
            segmentViews.Add(new SegmentView(segment.Name, segment.Portrait, stages, segmentInsights) { Themes = ThemeLanes(workshop, segment, stages) });
        }

        var general = insights.Where(i => i.SegmentId is null || segments.All(s => s.Id != i.SegmentId))
            .Select(i => new InsightView(i.StageIndex is { } s ? StageName(frame, s) : null, i.Text, AuthorOf(i.Author)))
            .ToList();
        var actionItems = workshop.ActionItems;
        var conclusions = workshop.Conclusions;
        return new ExportModel(frame, text, segmentViews, general, rows)
        {
            VotingText = votingText,
            ActionItems = [.. actionItems.Select(item => new ActionItemView(
                frame.FindSegment(item.SegmentId)?.Name ?? item.SegmentId, item.Text, OwnerOf(item.Owner, votingText), item.Due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))],
            Conclusions = [.. conclusions.Select(c => new ConclusionView(votingText.Topic(c.Topic), c.Text, AuthorOf(c.Author)))],
            InsightRows = [.. insights.Select(i => new AnswerRow(
                frame.FindSegment(i.SegmentId ?? "")?.Name ?? i.SegmentId ?? "", i.StageIndex is { } s ? StageName(frame, s) : "", text.InsightLabel,
                AuthorOf(i.Author) ?? text.Anonymous, null, "", text.WorkshopChat, Votes: 0, IsoTime(i.At), i.Text))],
            DecisionRows =
            [
                .. actionItems.Select(item => new AnswerRow(
                    frame.FindSegment(item.SegmentId)?.Name ?? item.SegmentId,
                    answers.FirstOrDefault(a => a.Id == item.AnswerId) is { } solution ? StageName(frame, solution.StageIndex) : "",
                    votingText.ActionItemLabel, OwnerOf(item.Owner, votingText), null, "", text.WorkshopChat, workshop.Votes.VotesFor(item.AnswerId),
                    item.Due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), item.Text)),
                .. conclusions.Select(c => new AnswerRow(
                    "", "", votingText.Topic(c.Topic), AuthorOf(c.Author) ?? text.Anonymous, null, "", text.WorkshopChat, Votes: 0, IsoTime(c.At), c.Text)),
            ],
        };
    }

    /// <summary>The segment's lanes with accepted themes, each answer as the map shows it, under its theme.</summary>
    private static List<ThemeLaneView> ThemeLanes(WorkshopSnapshot workshop, Segment segment, List<StageView> stages)
    {
        var lanes = new List<ThemeLaneView>();
        if (workshop.ThemeRecords.Count == 0 || stages.Count == 0)
        {
            return lanes;
        }

        for (var l = 0; l < stages[0].Lanes.Count; l++)
        {
            var lane = stages[0].Lanes[l].Question;
            var accepted = workshop.Themes.Accepted(segment.Id, lane);
            if (accepted.Count == 0)
            {
                continue;
            }

            var answers = stages.SelectMany(stage => stage.Lanes[l].Answers.Select(answer => new ThemedAnswerView(stage.Name, answer))).ToList();
            var themes = accepted
                .Select(theme => new ThemeView(
                    theme.Label,
                    Workshops.Summary.WorkshopSummary.ThemeVotes(workshop, segment.Id, theme),
                    [.. answers.Where(view => view.Answer.ThemeId == theme.Id)]))
                .OrderByDescending(theme => theme.Votes).ThenByDescending(theme => theme.Answers.Count)
                .ToList();
            lanes.Add(new ThemeLaneView(stages[0].Lanes[l].Name, themes, [.. answers.Where(view => view.Answer.ThemeId is null)]));
        }

        return lanes;
    }

    /// <summary>Every insight as a flat row (CSV and the Insights sheet), in the order they were noted; the question column names it an insight.</summary>
    public IReadOnlyList<AnswerRow> InsightRows { get; private init; } = [];

    /// <summary>
    /// Action items and conclusions as flat rows for the CSV: an action item names its owner as author and its due date as time, and
    /// carries its solution's votes; a conclusion's question column is its topic.
    /// </summary>
    public IReadOnlyList<AnswerRow> DecisionRows { get; private init; } = [];

    public ExportVotingText VotingText { get; private init; } = ExportVotingTexts.English;

    /// <summary>The action items standing, in the order they were first set.</summary>
    public IReadOnlyList<ActionItemView> ActionItems { get; private init; } = [];

    /// <summary>The conclusions standing, by topic; authors removed when the workshop is anonymous.</summary>
    public IReadOnlyList<ConclusionView> Conclusions { get; private init; } = [];

    /// <summary>A single score, signed: <c>+2</c>, <c>0</c>, <c>-1</c>.</summary>
    public static string Signed(int score) =>
        (score > 0 ? "+" : "") + score.ToString(CultureInfo.InvariantCulture);

    /// <summary>An average score, signed, one decimal, in the workshop's culture.</summary>
    public string Signed(double score)
    {
        var rounded = Math.Round(score, 1, MidpointRounding.AwayFromZero);
        return rounded == 0 ? "0" + (0.0).ToString(".0", Culture)
            : (rounded > 0 ? "+" : "") + rounded.ToString("0.0", Culture);
    }

    public static string IsoTime(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string StageName(WorkshopFrame frame, int index) =>
        index >= 0 && index < frame.Stages.Count ? frame.Stages[index] : "#" + (index + 1).ToString(CultureInfo.InvariantCulture);

    private static string OwnerOf(Participant owner, ExportVotingText text) => owner.IsFormer ? text.FormerParticipant : owner.Name;
}
