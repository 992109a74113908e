using CjmBot.Bot.Telemetry;
using CjmBot.Cards.Localization;
using CjmBot.Workshops;
using CjmBot.Workshops.Contributions;
using CjmBot.Workshops.Frame;
using CjmBot.Workshops.LiveMap;
using CjmBot.Workshops.Progress;
using CjmBot.Workshops.Questions;
using Microsoft.Extensions.Logging;

namespace CjmBot.Bot.Workshops;

/// <summary>Which question an answer is for.</summary>
public sealed record AnswerTarget(string SegmentId, int Stage, QuestionKey Question)
{
    public static AnswerTarget Current(WorkshopHead head) => new(
        head.Frame.Segments[head.Progress.Position.Segment].Id,
        head.Progress.Position.Stage,
        head.Frame.Questions[head.Progress.Position.Question]);
}

/// <summary>
/// Where a contribution comes from: its id (derived from the inbound activity, so a redelivery is recorded
/// once) and its author.
/// </summary>
public sealed record ContributionSource(string Id, Participant Author)
{
    public static ContributionSource Of(Protocol.Schema.Activity activity) =>
        new(WorkshopConversation.ContributionId(activity), WorkshopConversation.Sender(activity));
}

/// <summary>The outcome of recording something: what to tell the author, and whether it was a problem (then nothing was written).</summary>
public sealed record RecordOutcome(string Message, bool IsProblem, bool WasDuplicate = false);

/// <summary>
/// Checks and records answers, insights and answer edits, each as its own record the moment it arrives.
/// Refusals (empty, too long, score out of range, workshop paused or closed) write nothing and say why.
/// Everything recorded asks for the live map to be redrawn.
/// </summary>
public sealed class ContributionRecorder(
    IWorkshopRepository repository, MapRenderSchedule renders, TimeProvider time, ILogger<ContributionRecorder> logger, WorkshopTelemetry telemetry)
{
    public Task<RecordOutcome> RecordAnswerAsync(
        WorkshopHead head, AnswerTarget target, ContributionSource origin,
        string? rawText, string? scoreInput, string? sourceInput, CancellationToken cancellationToken) =>
        RecordAnswerAsync(head, target, origin, rawText, scoreInput, sourceInput, isAsync: false, cancellationToken);

    /// <param name="isAsync">Given in a personal chat outside the live session: marked so, and a paused session does not refuse it.</param>
    public async Task<RecordOutcome> RecordAnswerAsync(
        WorkshopHead head, AnswerTarget target, ContributionSource origin,
        string? rawText, string? scoreInput, string? sourceInput, bool isAsync, CancellationToken cancellationToken)
    {
        var text = WorkshopText.For(head.Frame.Language);
        if (Refusal(head, text) is { } refusal && !(isAsync && head.Progress.Status == WorkshopStatus.Paused))
        {
            return refusal;
        }

        var (source, answer) = AnswerRules.ReadSource(rawText?.Trim() ?? "");
        source = AnswerRules.ParseSource(sourceInput) ?? source;
        int? score = null;
        if (target.Question == QuestionKey.Emotions)
        {
            var (scoreInText, rest, scoreProblem) = AnswerRules.ReadScore(answer);
            if (scoreProblem != AnswerProblem.None)
            {
                return new RecordOutcome(text.ScoreOutOfRange(AnswerRules.MinScore, AnswerRules.MaxScore), IsProblem: true);
            }

            answer = rest;
            score = int.TryParse(scoreInput, out var chosen) ? chosen : scoreInText;
            if (AnswerRules.CheckScore(score) != AnswerProblem.None)
            {
                return new RecordOutcome(text.ScoreOutOfRange(AnswerRules.MinScore, AnswerRules.MaxScore), IsProblem: true);
            }
        }

        if (CheckText(answer, text) is { } problem)
        {
            return problem;
        }

        var stageName = head.Frame.Stages[target.Stage];
        var lane = QuestionCatalog.Text(target.Question, head.Frame.Language).Lane;
        var added = await repository.AddContributionAsync(New(head, origin, ContributionKind.Answer) with
        {
            SegmentId = target.SegmentId,
            StageIndex = target.Stage,
            Question = target.Question,
            Text = answer,
            Score = score,
            Source = source,
            IsAsync = isAsync,
        }, cancellationToken).ConfigureAwait(false);
        Log.AnswerText(logger, head.Frame.Id, answer);
        await AfterAddAsync(head.Frame.Id, added, ContributionKind.Answer, cancellationToken).ConfigureAwait(false);
        return new RecordOutcome(text.Recorded(lane, stageName), IsProblem: false, WasDuplicate: !added);
    }

    public async Task<RecordOutcome> RecordInsightAsync(
        WorkshopHead head, ContributionSource origin, string? rawText, AnswerTarget where, CancellationToken cancellationToken)
    {
        var text = WorkshopText.For(head.Frame.Language);
        if (head.Progress.Status == WorkshopStatus.Closed)
        {
            return new RecordOutcome(text.NotAcceptingClosed, IsProblem: true);
        }

        var insight = rawText?.Trim() ?? "";
        if (insight.Length == 0)
        {
            return new RecordOutcome(text.InsightEmpty, IsProblem: true);
        }

        if (CheckText(insight, text) is { } problem)
        {
            return problem;
        }

        var added = await repository.AddContributionAsync(New(head, origin, ContributionKind.Insight) with
        {
            SegmentId = where.SegmentId,
            StageIndex = where.Stage,
            Text = insight,
        }, cancellationToken).ConfigureAwait(false);
        await AfterAddAsync(head.Frame.Id, added, ContributionKind.Insight, cancellationToken).ConfigureAwait(false);
        return new RecordOutcome(text.InsightNoted, IsProblem: false, WasDuplicate: !added);
    }

    /// <summary>Replaces (an edit record) or withdraws (a deletion record) the author's most recent answer.</summary>
    public async Task<RecordOutcome> ChangeLastAnswerAsync(
        WorkshopHead head, ContributionSource origin, string? newText, CancellationToken cancellationToken)
    {
        var text = WorkshopText.For(head.Frame.Language);
        if (head.Progress.Status == WorkshopStatus.Closed)
        {
            return new RecordOutcome(text.NotAcceptingClosed, IsProblem: true);
        }

        var delete = newText is null;
        var replacement = newText?.Trim() ?? "";
        if (!delete && replacement.Length == 0)
        {
            return new RecordOutcome(text.EditEmpty, IsProblem: true);
        }

        if (!delete && CheckText(replacement, text) is { } problem)
        {
            return problem;
        }

        var workshop = await repository.LoadAsync(head.Frame.Id, cancellationToken).ConfigureAwait(false);
        var last = workshop?.LastAnswerOf(origin.Author.Id);
        if (last is null)
        {
            return new RecordOutcome(text.NothingToChange, IsProblem: true);
        }

        var added = await repository.AddContributionAsync(New(head, origin, delete ? ContributionKind.Deletion : ContributionKind.Edit) with
        {
            TargetId = last.Id,
            Text = delete ? null : replacement,
        }, cancellationToken).ConfigureAwait(false);
        await AfterAddAsync(head.Frame.Id, added, delete ? ContributionKind.Deletion : ContributionKind.Edit, cancellationToken).ConfigureAwait(false);
        var quoted = Cards.Elements.ParticipantText.EscapeMarkdown(Cards.Elements.ParticipantText.Truncate(delete ? last.Text : replacement, 200));
        return new RecordOutcome(delete ? text.Undone(quoted) : text.Edited(quoted), IsProblem: false, WasDuplicate: !added);
    }

    private Contribution New(WorkshopHead head, ContributionSource origin, ContributionKind kind) => new()
    {
        Id = origin.Id,
        WorkshopId = head.Frame.Id,
        Kind = kind,
        Author = origin.Author,
        At = time.GetUtcNow(),
    };

    private static RecordOutcome? Refusal(WorkshopHead head, WorkshopText text) => head.Progress.Status switch
    {
        WorkshopStatus.Closed => new RecordOutcome(text.NotAcceptingClosed, IsProblem: true),
        WorkshopStatus.Paused => new RecordOutcome(text.NotAcceptingPaused, IsProblem: true),
        _ => null,
    };

    private static RecordOutcome? CheckText(string value, WorkshopText text) => AnswerRules.Check(value) switch
    {
        AnswerProblem.Empty => new RecordOutcome(text.EmptyAnswer, IsProblem: true),
        AnswerProblem.TooLong => new RecordOutcome(text.AnswerTooLong(value.Length, AnswerRules.MaxLength), IsProblem: true),
        _ => null,
    };

    private async Task AfterAddAsync(string workshopId, bool added, ContributionKind kind, CancellationToken cancellationToken)
    {
        if (!added)
        {
            Log.DuplicateContribution(logger, workshopId);
            return;
        }

        Log.ContributionRecorded(logger, workshopId, kind);
        telemetry.Recorded(kind);
        await renders.RequestAfterStoringAsync(workshopId, logger, cancellationToken).ConfigureAwait(false);
    }
}
