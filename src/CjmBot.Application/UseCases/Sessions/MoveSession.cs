using System.Globalization;
using CjmBot.Application.Effects;
using CjmBot.Application.Gate;
using CjmBot.Application.Outcomes;
using CjmBot.Application.Requests;
using CjmBot.Workshops;
using CjmBot.Workshops.Frame;
using CjmBot.Workshops.Progress;
using CjmBot.Workshops.Writes;
using Microsoft.Extensions.Logging;

namespace CjmBot.Application.UseCases.Sessions;

/// <summary>
/// A facilitator's move (next, back, skip, goto, timer, pause, resume, close, reopen) by command or by button, or the
/// bot's own Next when a question's timebox runs out. A button names its workshop and the revision it showed; so does
/// a timer.
/// </summary>
public sealed record MoveSession(Origin Origin, MoveRequest Move) : IRequest
{
    /// <summary>The workshop a button or timer names; a typed move is about the conversation's active workshop.</summary>
    public string? WorkshopId { get; init; }

    /// <summary>The revision the button or timer was set at: the move applies only if nothing moved since.</summary>
    public int? Revision { get; init; }

    public Access Access => new(Move.Trigger == MoveTrigger.Timer ? Who.System : Who.Facilitator, WorkshopId is null ? Scope.Active : Scope.NamedActive)
    {
        WorkshopId = WorkshopId,
        Revision = Revision,
    };

    public static MoveSession Typed(Origin origin, SessionMove move, string? argument) =>
        new(origin, new MoveRequest(move, argument, origin.Actor.Id, MoveTrigger.Typed));

    public static MoveSession Button(Origin origin, SessionMove move, string workshopId, int revision) =>
        new(origin, new MoveRequest(move, null, origin.Actor.Id, MoveTrigger.Button)) { WorkshopId = workshopId, Revision = revision };

    /// <summary>
    /// The session moves on after a lone person's answer to the current question (see <see cref="Contributions.AnswerRecorded.AdvancesAlone"/>):
    /// a Next at the revision the answer met, its own operation (the answer's activity already names the answer).
    /// </summary>
    public static MoveSession AfterLoneAnswer(Origin origin, Contributions.AnswerRecorded recorded)
    {
        ArgumentNullException.ThrowIfNull(origin);
        ArgumentNullException.ThrowIfNull(recorded);
        return new(origin with { ActivityId = origin.ActivityId + "|advance" }, new MoveRequest(SessionMove.Next, null, origin.Actor.Id, MoveTrigger.Button))
        {
            WorkshopId = recorded.Workshop.Frame.Id,
            Revision = recorded.Workshop.Progress.Revision,
        };
    }

    public static MoveSession TimeUp(Origin origin, string workshopId, int revision) =>
        new(origin, new MoveRequest(SessionMove.Next, null, origin.Actor.Id, MoveTrigger.Timer)) { WorkshopId = workshopId, Revision = revision };
}

/// <summary>The move needs an argument it did not get (<c>timer</c> minutes, <c>goto</c> a stage).</summary>
public sealed record MoveUsage(WorkshopHead Workshop, SessionMove Move) : Outcome;

/// <summary>The session could not move so; <see cref="Current"/> is where it stands (for a repeated move: where it moved a moment ago).</summary>
public sealed record MoveRefused(WorkshopFrame Frame, WorkshopProgress Current, SessionMove Move, ProgressError Error) : Outcome;

/// <summary>The session moved from <see cref="Before"/> to <see cref="After"/>.</summary>
public sealed record Moved(WorkshopFrame Frame, WorkshopProgress Before, WorkshopProgress After, SessionMove Move) : Outcome
{
    public bool PositionChanged => After.Position != Before.Position
        || (After.Status == WorkshopStatus.Finished) != (Before.Status == WorkshopStatus.Finished);
}

public sealed class MoveSessionHandler(IWorkshopRepository repository, TimeProvider time, ILogger<MoveSessionHandler> logger) : IUseCase<MoveSession>
{
    public async Task<Outcome> HandleAsync(MoveSession request, Admission admission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(admission);
        var head = admission.Workshop;
        var move = request.Move;
        if ((move.Move == SessionMove.Timer && !int.TryParse(move.Argument, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            || (move.Move == SessionMove.GoTo && string.IsNullOrWhiteSpace(move.Argument)))
        {
            return new MoveUsage(head, move.Move);
        }

        var now = time.GetUtcNow();
        var before = head.Progress;
        var frame = head.Frame;
        var update = await repository.UpdateProgressAsync(frame.Id, admission.OperationId, (latestFrame, progress) =>
        {
            before = progress;
            frame = latestFrame;
            return admission.IsCurrent(progress.Revision) ? progress.Apply(latestFrame, move, now) : ProgressChange.Refused(ProgressError.Stale);
        }, cancellationToken).ConfigureAwait(false);

        switch (update.Write)
        {
            case WriteOutcome.AlreadyDone:
                Log.AlreadyDone(logger, nameof(MoveSession), frame.Id);
                return AlreadyDone.Instance;
            case WriteOutcome.WorkshopGone:
                return WorkshopGone.Instance;
        }

        if (!update.Change.Succeeded)
        {
            return new MoveRefused(frame, update.Change.Progress ?? before, move.Move, update.Change.Error);
        }

        var after = update.Change.Progress!;
        Log.WorkshopMoved(logger, frame.Id, move.Move, after.Revision);
        var moved = new Moved(frame, before, after, move.Move);

        // The map marks the stage and the question the session is at (coalesced with answers: once a second at most).
        List<WorkshopEffect> effects = [new TimerChanged(frame, after)];
        if (moved.PositionChanged)
        {
            effects.Add(new MapChanged(frame.Id));
        }

        if ((before.Status == WorkshopStatus.Closed) != (after.Status == WorkshopStatus.Closed))
        {
            effects.Add(new RetentionChanged(frame, after));
        }

        return moved with { Effects = effects };
    }
}
