using CjmBot.Workshops.Contributions;
using CjmBot.Workshops.Frame;
using CjmBot.Workshops.Progress;
using CjmBot.Workshops.Themes;
using CjmBot.Workshops.Voting;

namespace CjmBot.Workshops;

/// <summary>
/// A whole workshop as loaded in one read: frame, progress and every contribution. Answers and insights
/// are derived by replaying contributions in arrival order (edits and deletions applied).
/// <see cref="Answers"/> is what may be shown: the answers of a blind round (<see cref="WorkshopProgress.Blind"/>) are left
/// out here, in one place, so that no map, card, export, summary, vote or status can show one before the reveal.
/// </summary>
public sealed class WorkshopSnapshot(WorkshopFrame frame, WorkshopProgress progress, IReadOnlyList<Contribution> contributions)
{
    private IReadOnlyList<Answer>? _recorded;
    private IReadOnlyList<Answer>? _answers;

    public WorkshopFrame Frame { get; } = frame;

    public WorkshopProgress Progress { get; } = progress;

    public IReadOnlyList<Contribution> Contributions { get; } = contributions;

    /// <summary>The answers standing that may be shown: every one but those of a blind round not yet revealed.</summary>
    public IReadOnlyList<Answer> Answers => _answers ??= Progress.Blind.Count == 0 ? RecordedAnswers : [.. RecordedAnswers.Where(a => !IsHidden(a))];

    /// <summary>
    /// Every answer standing, hidden ones too: only for what a person is told of their own answers (their edit, their
    /// personal-chat sequence), never for what others see.
    /// </summary>
    public IReadOnlyList<Answer> RecordedAnswers => _recorded ??= Replay();

    /// <summary>How many answers to this question are hidden in a blind round (a count only, never whose or what).</summary>
    public int HiddenCount(string segmentId, int stage, Questions.QuestionKey question) => Progress.Blind.Count == 0 ? 0
        : RecordedAnswers.Count(a => a.SegmentId == segmentId && a.StageIndex == stage && a.Question == question && IsHidden(a));

    /// <summary>How many answers are hidden in blind rounds altogether.</summary>
    public int HiddenTotal => Progress.Blind.Count == 0 ? 0 : RecordedAnswers.Count - Answers.Count;

    private bool IsHidden(Answer answer) => Progress.Hides(Frame, answer.SegmentId, answer.StageIndex, answer.Question);

    public IReadOnlyList<Insight> Insights => Contributions
        .Where(c => c.Kind == ContributionKind.Insight)
        .OrderBy(c => c.At)
        .Select(c => new Insight(c.Id, c.Author, c.SegmentId, c.StageIndex, c.Text ?? "", c.At))
        .ToList();

    /// <summary>The author's most recent answer still standing, if any (hidden or not: it is their own).</summary>
    public Answer? LastAnswerOf(string participantId) =>
        RecordedAnswers.Where(a => a.Author.Id == participantId).MaxBy(a => a.At);

    /// <summary>
    /// Contributions by time, then id (ties keep their loaded order). A loaded list is often in that order already,
    /// which one pass finds; a live map redraws from a fresh snapshot every second, so this is on its hot path.
    /// </summary>
    private IReadOnlyList<Contribution> InArrivalOrder()
    {
        var sorted = true;
        for (var i = 1; i < Contributions.Count && sorted; i++)
        {
            sorted = Compare(Contributions[i - 1], Contributions[i]) <= 0;
        }

        if (sorted)
        {
            return Contributions;
        }

        var indices = new int[Contributions.Count];
        for (var i = 0; i < indices.Length; i++)
        {
            indices[i] = i;
        }

        Array.Sort(indices, (a, b) => Compare(Contributions[a], Contributions[b]) is var order and not 0 ? order : a.CompareTo(b));
        var ordered = new Contribution[indices.Length];
        for (var i = 0; i < indices.Length; i++)
        {
            ordered[i] = Contributions[indices[i]];
        }

        return ordered;
    }

    private static int Compare(Contribution a, Contribution b) =>
        a.At.CompareTo(b.At) is var byTime and not 0 ? byTime : string.CompareOrdinal(a.Id, b.Id);

    private List<Answer> Replay()
    {
        var answers = new Dictionary<string, Answer>(Contributions.Count, StringComparer.Ordinal);
        var order = new List<string>(Contributions.Count);
        foreach (var contribution in InArrivalOrder())
        {
            switch (contribution.Kind)
            {
                case ContributionKind.Answer when contribution is { SegmentId: { } segment, StageIndex: { } stage, Question: { } question }:
                    answers[contribution.Id] = new Answer(
                        contribution.Id, contribution.Author, segment, stage, question, contribution.Text ?? "",
                        contribution.Score, contribution.Source, contribution.At, Edited: false, contribution.IsAsync);
                    order.Add(contribution.Id);
                    break;
                case ContributionKind.Edit when contribution.TargetId is { } target
                    && answers.TryGetValue(target, out var edited) && edited.Author.Id == contribution.Author.Id:
                    answers[target] = edited with
                    {
                        Text = contribution.Text ?? edited.Text,
                        Score = contribution.Score ?? edited.Score,
                        Source = contribution.Source ?? edited.Source,
                        Edited = true,
                    };
                    break;
                case ContributionKind.Deletion when contribution.TargetId is { } target
                    && answers.TryGetValue(target, out var deleted) && deleted.Author.Id == contribution.Author.Id:
                    answers.Remove(target);
                    break;
            }
        }

        return order.Where(answers.ContainsKey).Select(id => answers[id]).ToList();
    }

    private VoteTally? _votes;

    /// <summary>Voting state, ballots, action items and conclusions as stored.</summary>
    public WorkshopDecisions Decisions { get; init; } = WorkshopDecisions.Empty;

    public VotingState Voting => Decisions.Voting;

    /// <summary>The votes counted over the standing barriers and solutions, with their ranks.</summary>
    public VoteTally Votes => _votes ??= VoteTally.Count(Answers, Decisions.Ballots);

    /// <summary>The action items standing (the latest per solution).</summary>
    public IReadOnlyList<ActionItem> ActionItems => Decisions.CurrentActionItems();

    /// <summary>The conclusions standing (each person's latest per topic).</summary>
    public IReadOnlyList<Conclusion> Conclusions => Decisions.CurrentConclusions();

    private WorkshopThemes? _themes;

    /// <summary>The same workshop under another frame (e.g. in the reader's language), with everything it holds carried over.</summary>
    public WorkshopSnapshot WithFrame(WorkshopFrame frame) =>
        new(frame, Progress, Contributions) { Decisions = Decisions, ThemeRecords = ThemeRecords };

    /// <summary>Every stored themes record (insert-only; the latest per segment and lane stands).</summary>
    public IReadOnlyList<ThemeRecord> ThemeRecords { get; init; } = [];

    /// <summary>The accepted themes per segment and lane, over the standing answers.</summary>
    public WorkshopThemes Themes => _themes ??= ThemeRecords.Count == 0 ? WorkshopThemes.Empty : new WorkshopThemes(ThemeRecords, Answers);
}
