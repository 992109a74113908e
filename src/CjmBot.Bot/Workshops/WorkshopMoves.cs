using System.Globalization;
using CjmBot.Bot.Routes;
using CjmBot.Cards.Localization;
using CjmBot.Protocol.Turns;
using CjmBot.Workshops;
using CjmBot.Workshops.Frame;
using CjmBot.Workshops.Progress;
using Microsoft.Extensions.Logging;

namespace CjmBot.Bot.Workshops;

/// <summary>
/// Applies a facilitator's move to the live session and tells the group: the new question card, or a note.
/// The move is applied to the latest stored progress (concurrent moves are serialised by the repository),
/// and the timer schedule follows.
/// </summary>
public sealed class WorkshopMoves(
    IWorkshopRepository repository,
    WorkshopPresenter presenter,
    WorkshopTimers timers,
    CjmBot.Workshops.LiveMap.MapRenderSchedule renders,
    TimeProvider time,
    ILogger<WorkshopMoves> logger)
{
    /// <param name="expectedRevision">When set (a button or a timer), the move applies only if nothing moved since.</param>
    /// <returns>Null when the move was made; otherwise why not, to tell the person who asked.</returns>
    public async Task<string?> ApplyAsync(
        ITurnContext turn, WorkshopHead head, FacilitatorMove move, string? argument, int? expectedRevision, CancellationToken cancellationToken)
    {
        var text = WorkshopText.For(head.Frame.Language);
        if (move == FacilitatorMove.Timer && !int.TryParse(argument, NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            return text.TimerUsage;
        }

        if (move == FacilitatorMove.GoTo && string.IsNullOrWhiteSpace(argument))
        {
            return text.GotoUsage;
        }

        var now = time.GetUtcNow();
        var before = head.Progress;
        var change = await repository.UpdateProgressAsync(head.Frame.Id, (frame, progress) =>
        {
            before = progress;
            return expectedRevision is { } revision && revision != progress.Revision
                ? ProgressChange.Refused(ProgressError.Stale)
                : Apply(frame, progress, move, argument, now);
        }, cancellationToken).ConfigureAwait(false);

        if (!change.Succeeded)
        {
            return Refusal(text, head.Frame, change.Error);
        }

        var progressNow = change.Progress!;
        Log.WorkshopMoved(logger, head.Frame.Id, move, progressNow.Revision);
        await timers.SyncAsync(head.Frame, progressNow, cancellationToken).ConfigureAwait(false);
        if (progressNow.Position != before.Position
            || (progressNow.Status == WorkshopStatus.Finished) != (before.Status == WorkshopStatus.Finished))
        {
            // The map marks the stage and the question the session is at (coalesced with answers: once a second at most).
            await renders.RequestAsync(head.Frame.Id, cancellationToken).ConfigureAwait(false);
        }

        await AnnounceAsync(turn, head.Frame, before, progressNow, move, text, cancellationToken).ConfigureAwait(false);
        return null;
    }

    private async Task AnnounceAsync(
        ITurnContext turn, WorkshopFrame frame, WorkshopProgress before, WorkshopProgress after, FacilitatorMove move, WorkshopText text, CancellationToken cancellationToken)
    {
        switch (move)
        {
            case FacilitatorMove.Pause:
                await turn.ReplyAsync(text.Paused, cancellationToken).ConfigureAwait(false);
                return;
            case FacilitatorMove.Close:
                await turn.ReplyAsync(text.Closed, cancellationToken).ConfigureAwait(false);
                return;
            case FacilitatorMove.Timer:
                var minutes = (int)Math.Round((after.TimerDueAt!.Value - time.GetUtcNow()).TotalMinutes);
                await turn.ReplyAsync(text.TimerStarted(minutes, WorkshopTexts.Time(after.TimerDueAt.Value, frame.Language)), cancellationToken).ConfigureAwait(false);
                return;
            case FacilitatorMove.Resume:
                await turn.ReplyAsync(text.Resumed, cancellationToken).ConfigureAwait(false);
                break;
            case FacilitatorMove.Reopen:
                await turn.ReplyAsync(text.Reopened, cancellationToken).ConfigureAwait(false);
                break;
        }

        if (after.Position.Segment > before.Position.Segment && after.Status != WorkshopStatus.Finished)
        {
            await turn.ReplyAsync(
                text.SegmentDone(frame.Segments[before.Position.Segment].Name, frame.Segments[after.Position.Segment].Name), cancellationToken)
                .ConfigureAwait(false);
        }

        await presenter.PostCurrentAsync(turn, frame.Id, cancellationToken).ConfigureAwait(false);
    }

    private static ProgressChange Apply(WorkshopFrame frame, WorkshopProgress progress, FacilitatorMove move, string? argument, DateTimeOffset now) => move switch
    {
        FacilitatorMove.Next or FacilitatorMove.Skip => progress.Next(frame, now),
        FacilitatorMove.Back => progress.Back(frame, now),
        FacilitatorMove.GoTo => progress.GoTo(frame, argument ?? "", now),
        FacilitatorMove.Timer => progress.StartTimer(int.Parse(argument!, NumberStyles.None, CultureInfo.InvariantCulture), now),
        FacilitatorMove.Pause => progress.Pause(),
        FacilitatorMove.Resume => progress.Resume(frame, now),
        FacilitatorMove.Close => progress.Close(),
        FacilitatorMove.Reopen => progress.Reopen(now),
        _ => throw new ArgumentOutOfRangeException(nameof(move), move, null),
    };

    /// <summary>Stages by number and name (<c>1. Search, 3. Pay</c>), escaped for a markdown reply.</summary>
    public static string StageList(WorkshopFrame frame, IEnumerable<int> stages)
    {
        ArgumentNullException.ThrowIfNull(frame);
        return string.Join(", ", stages.Select(stage => $"{stage + 1}. {Cards.Elements.ParticipantText.EscapeMarkdown(frame.Stages[stage])}"));
    }

    public static string Refusal(WorkshopText text, WorkshopFrame frame, ProgressError error) => error switch
    {
        ProgressError.Closed => text.AlreadyClosed,
        ProgressError.NotClosed => text.NotClosed,
        ProgressError.Paused => text.AlreadyPaused,
        ProgressError.NotPaused => text.NotPaused,
        ProgressError.AtStart => text.AlreadyAtStart,
        ProgressError.AtEnd => text.AlreadyAtEnd,
        ProgressError.UnknownStage => text.UnknownStage(StageList(frame, Enumerable.Range(0, frame.Stages.Count))),
        ProgressError.TimerOutOfRange => text.TimerUsage,
        ProgressError.Stale => text.StaleCard,
        _ => throw new ArgumentOutOfRangeException(nameof(error), error, null),
    };
}
