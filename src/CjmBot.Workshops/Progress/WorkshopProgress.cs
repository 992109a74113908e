using CjmBot.Workshops.Frame;
using CjmBot.Workshops.Questions;

namespace CjmBot.Workshops.Progress;

/// <summary>
/// The state of the live session: status, position and timer. A small record written under optimistic
/// concurrency by facilitator moves only; answers never write it. <see cref="Revision"/> counts moves, so a
/// click on an old card, or a timer set before a move, can tell it is out of date.
/// </summary>
public sealed record WorkshopProgress
{
    public const int MinTimerMinutes = 1;
    public const int MaxTimerMinutes = 120;

    /// <summary>A typed move repeated by the same person within this time is questioned once (see <see cref="RecentMove"/>).</summary>
    public static readonly TimeSpan RepeatWindow = TimeSpan.FromSeconds(3);

    public required WorkshopStatus Status { get; init; }
    public required Position Position { get; init; }
    public required int Revision { get; init; }

    /// <summary>When the current question started (for status and timers).</summary>
    public required DateTimeOffset QuestionStartedAt { get; init; }

    /// <summary>When the timebox of the current question runs out; null when no timer runs.</summary>
    public DateTimeOffset? TimerDueAt { get; init; }

    /// <summary>
    /// The furthest question the session has asked (going back does not lower it): a card may answer any question up to
    /// here, never one nobody has been asked yet.
    /// </summary>
    public required Position Reached { get; init; }

    /// <summary>When the workshop was closed (the retention period runs from here); null unless closed.</summary>
    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>The last move made, by whom and when; null before the first.</summary>
    public RecentMove? LastMove { get; init; }

    /// <summary>The blind rounds running: their answers are recorded but shown to nobody until a reveal.</summary>
    public BlindRounds Blind { get; init; } = BlindRounds.Empty;

    /// <summary>
    /// When the blind rounds last changed. Blind rounds do not raise <see cref="Revision"/> (a card's buttons would go
    /// stale for nothing), so the live map's watermark follows this instead: a reveal changes what the map shows.
    /// </summary>
    public DateTimeOffset? BlindChangedAt { get; init; }

    /// <summary>Whether an answer to this question is hidden now (a blind round covers it).</summary>
    public bool Hides(WorkshopFrame frame, string segmentId, int stage, QuestionKey question)
    {
        foreach (var round in Blind)
        {
            if (round.Covers(frame, segmentId, stage, question))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the current question runs blind.</summary>
    public bool IsCurrentBlind(WorkshopFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        return Status != WorkshopStatus.Finished
            && Hides(frame, frame.Segments[Position.Segment].Id, Position.Stage, frame.Questions[Position.Question]);
    }

    /// <summary>
    /// Runs the current question or stage blind, or reveals every blind round at once. Not a move: the position and the
    /// revision stay, so nobody's card goes out of date.
    /// </summary>
    public ProgressChange ChangeBlind(WorkshopFrame frame, BlindChange change, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(frame);
        if (change == BlindChange.Reveal)
        {
            return Blind.Count == 0
                ? ProgressChange.Refused(ProgressError.NothingBlind)
                : ProgressChange.To(this with { Blind = [], BlindChangedAt = now });
        }

        if (Status == WorkshopStatus.Closed)
        {
            return ProgressChange.Refused(ProgressError.Closed);
        }

        if (Status == WorkshopStatus.Finished)
        {
            return ProgressChange.Refused(ProgressError.AtEnd);
        }

        var round = new BlindRound(Position.Segment, Position.Stage, change == BlindChange.Stage ? null : frame.Questions[Position.Question]);
        if (Blind.Any(round.IsWithin))
        {
            return ProgressChange.Refused(ProgressError.AlreadyBlind);
        }

        // A stage run blind takes in the questions of it already blind: one round each, never two.
        return ProgressChange.To(this with { Blind = [.. Blind.Where(other => !other.IsWithin(round)), round], BlindChangedAt = now });
    }

    public static WorkshopProgress Begin(WorkshopFrame frame, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(frame);
        return new()
        {
            Status = WorkshopStatus.Running,
            Position = Position.Start,
            Reached = Position.Start,
            Revision = 1,
            QuestionStartedAt = now,
            TimerDueAt = now + frame.Timebox,
            Blind = frame.BlindStages ? [new BlindRound(0, 0, null)] : [],
            BlindChangedAt = frame.BlindStages ? now : null,
        };
    }

    /// <summary>Whether the session has asked this question (it is the current one or was reached before).</summary>
    public bool HasAsked(WorkshopFrame frame, Position question)
    {
        ArgumentNullException.ThrowIfNull(frame);
        return Status == WorkshopStatus.Finished || Flat(frame, question) <= Flat(frame, Reached);
    }

    /// <summary>
    /// Applies a facilitator's move, by command, button or timer. A typed Next, Back or Skip repeated by the same person
    /// within <see cref="RepeatWindow"/> is refused once (<see cref="ProgressError.RepeatedQuickly"/>, the warning noted
    /// with the progress), so that a double send never skips a question silently; the next one goes through.
    /// </summary>
    public ProgressChange Apply(WorkshopFrame frame, MoveRequest request, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(request);
        if (request is { Trigger: MoveTrigger.Typed, Move: SessionMove.Next or SessionMove.Back or SessionMove.Skip }
            && LastMove is { RepeatConfirmed: false } last
            && last.ActorId == request.ActorId && last.Move == request.Move && now - last.At < RepeatWindow)
        {
            return ProgressChange.Noted(this with { LastMove = last with { RepeatConfirmed = true } }, ProgressError.RepeatedQuickly);
        }

        var change = request.Move switch
        {
            SessionMove.Next or SessionMove.Skip => Next(frame, now),
            SessionMove.Back => Back(frame, now),
            SessionMove.GoTo => GoTo(frame, request.Argument ?? "", now),
            SessionMove.Timer => int.TryParse(request.Argument, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var minutes)
                ? StartTimer(minutes, now)
                : ProgressChange.Refused(ProgressError.TimerOutOfRange),
            SessionMove.Pause => Pause(),
            SessionMove.Resume => Resume(frame, now),
            SessionMove.Close => Close(now),
            SessionMove.Reopen => Reopen(now),
            _ => throw new ArgumentOutOfRangeException(nameof(request), request.Move, null),
        };
        return change.Progress is { } moved && change.Succeeded
            ? ProgressChange.To(moved with { LastMove = new RecentMove(request.ActorId, request.Move, now) })
            : change;
    }

    public ProgressChange Next(WorkshopFrame frame, DateTimeOffset now) => Move(frame, now, forward: true);

    public ProgressChange Back(WorkshopFrame frame, DateTimeOffset now) => Move(frame, now, forward: false);

    /// <summary>Jumps to a stage of the current segment, by number (1-based) or by the start of its name.</summary>
    public ProgressChange GoTo(WorkshopFrame frame, string stage, DateTimeOffset now)
    {
        if (Refuse(allowFinished: true) is { } refusal)
        {
            return refusal;
        }

        var index = frame.FindStage(stage);
        if (index < 0)
        {
            return ProgressChange.Refused(ProgressError.UnknownStage);
        }

        var segment = Status == WorkshopStatus.Finished ? frame.Segments.Count - 1 : Position.Segment;
        return MovedTo(frame, new Position(segment, index, 0), now);
    }

    public ProgressChange Pause() => Status switch
    {
        WorkshopStatus.Closed => ProgressChange.Refused(ProgressError.Closed),
        WorkshopStatus.Running => ProgressChange.To(this with { Status = WorkshopStatus.Paused, TimerDueAt = null, Revision = Revision + 1 }),
        WorkshopStatus.Paused => ProgressChange.Refused(ProgressError.Paused),
        _ => ProgressChange.Refused(ProgressError.AtEnd),
    };

    /// <summary>Resuming restarts the current question's timebox, if the workshop has one.</summary>
    public ProgressChange Resume(WorkshopFrame frame, DateTimeOffset now) => Status switch
    {
        WorkshopStatus.Paused => ProgressChange.To(this with
        {
            Status = WorkshopStatus.Running,
            TimerDueAt = now + frame.Timebox,
            Revision = Revision + 1,
        }),
        WorkshopStatus.Closed => ProgressChange.Refused(ProgressError.Closed),
        _ => ProgressChange.Refused(ProgressError.NotPaused),
    };

    public ProgressChange Close(DateTimeOffset now) => Status == WorkshopStatus.Closed
        ? ProgressChange.Refused(ProgressError.Closed)
        : ProgressChange.To(this with { Status = WorkshopStatus.Closed, TimerDueAt = null, ClosedAt = now, Revision = Revision + 1 });

    /// <summary>Reopening returns to where the session was, running (and stops the retention clock).</summary>
    public ProgressChange Reopen(DateTimeOffset now) => Status == WorkshopStatus.Closed
        ? ProgressChange.To(this with { Status = WorkshopStatus.Running, QuestionStartedAt = now, ClosedAt = null, Revision = Revision + 1 })
        : ProgressChange.Refused(ProgressError.NotClosed);

    public ProgressChange StartTimer(int minutes, DateTimeOffset now)
    {
        if (Refuse(allowFinished: false) is { } refusal)
        {
            return refusal;
        }

        return minutes is < MinTimerMinutes or > MaxTimerMinutes
            ? ProgressChange.Refused(ProgressError.TimerOutOfRange)
            : ProgressChange.To(this with { TimerDueAt = now.AddMinutes(minutes), Revision = Revision + 1 });
    }

    /// <summary>Running or paused: the session holds its conversation, and no other workshop may start there.</summary>
    public bool IsUnderway => Status is WorkshopStatus.Running or WorkshopStatus.Paused;

    /// <summary>Whether answers are taken now (running or finished; not paused or closed).</summary>
    public bool AcceptsAnswers => Status is WorkshopStatus.Running or WorkshopStatus.Finished;

    private ProgressChange Move(WorkshopFrame frame, DateTimeOffset now, bool forward)
    {
        if (Refuse(allowFinished: !forward) is { } refusal)
        {
            return refusal;
        }

        if (!forward && Status == WorkshopStatus.Finished)
        {
            return MovedTo(frame, Position, now);
        }

        var questions = frame.Questions.Count;
        var stages = frame.Stages.Count;
        var flat = ((Position.Segment * stages) + Position.Stage) * questions + Position.Question;
        var target = flat + (forward ? 1 : -1);
        if (target < 0)
        {
            return ProgressChange.Refused(ProgressError.AtStart);
        }

        if (target >= frame.Segments.Count * stages * questions)
        {
            var last = frame.Segments.Count * stages * questions - 1;
            return ProgressChange.To(this with
            {
                Status = WorkshopStatus.Finished,
                TimerDueAt = null,
                Revision = Revision + 1,
                Reached = new Position(last / (stages * questions), last / questions % stages, last % questions),
            });
        }

        return MovedTo(frame, new Position(target / (stages * questions), target / questions % stages, target % questions), now);
    }

    private ProgressChange MovedTo(WorkshopFrame frame, Position position, DateTimeOffset now)
    {
        var further = Flat(frame, position) > Flat(frame, Reached);

        // Set up to run each stage blind: a stage reached for the first time becomes a blind round (going back to a revealed
        // one does not hide it again, as the high-water mark only rises).
        var newStage = further && frame.BlindStages && (position.Segment, position.Stage) != (Reached.Segment, Reached.Stage);
        return ProgressChange.To(this with
        {
            Status = WorkshopStatus.Running,
            Position = position,
            Reached = further ? position : Reached,
            QuestionStartedAt = now,
            TimerDueAt = now + frame.Timebox,
            Revision = Revision + 1,
            Blind = newStage ? [.. Blind, new BlindRound(position.Segment, position.Stage, null)] : Blind,
            BlindChangedAt = newStage ? now : BlindChangedAt,
        });
    }

    private static int Flat(WorkshopFrame frame, Position position) =>
        ((position.Segment * frame.Stages.Count) + position.Stage) * frame.Questions.Count + position.Question;

    private ProgressChange? Refuse(bool allowFinished) => Status switch
    {
        WorkshopStatus.Closed => ProgressChange.Refused(ProgressError.Closed),
        WorkshopStatus.Paused => ProgressChange.Refused(ProgressError.Paused),
        WorkshopStatus.Finished when !allowFinished => ProgressChange.Refused(ProgressError.AtEnd),
        _ => null,
    };
}

/// <summary>
/// The outcome of a facilitator move: the new progress, or why it was refused. A refusal may still carry progress to
/// write (<see cref="Noted"/>: the refusal itself is remembered, as the warning about a repeated move is).
/// </summary>
public sealed record ProgressChange(WorkshopProgress? Progress, ProgressError Error)
{
    public bool Succeeded => Error == ProgressError.None;

    public static ProgressChange To(WorkshopProgress progress) => new(progress, ProgressError.None);

    public static ProgressChange Refused(ProgressError error) => new(null, error);

    /// <summary>Refused, but <paramref name="progress"/> is written all the same.</summary>
    public static ProgressChange Noted(WorkshopProgress progress, ProgressError error) => new(progress, error);
}
