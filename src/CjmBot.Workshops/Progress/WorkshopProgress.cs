using CjmBot.Workshops.Frame;

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

    public required WorkshopStatus Status { get; init; }
    public required Position Position { get; init; }
    public required int Revision { get; init; }

    /// <summary>When the current question started (for status and timers).</summary>
    public required DateTimeOffset QuestionStartedAt { get; init; }

    /// <summary>When the timebox of the current question runs out; null when no timer runs.</summary>
    public DateTimeOffset? TimerDueAt { get; init; }

    public static WorkshopProgress Begin(WorkshopFrame frame, DateTimeOffset now) => new()
    {
        Status = WorkshopStatus.Running,
        Position = Position.Start,
        Revision = 1,
        QuestionStartedAt = now,
        TimerDueAt = now + frame.Timebox,
    };

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

    public ProgressChange Close() => Status == WorkshopStatus.Closed
        ? ProgressChange.Refused(ProgressError.Closed)
        : ProgressChange.To(this with { Status = WorkshopStatus.Closed, TimerDueAt = null, Revision = Revision + 1 });

    /// <summary>Reopening returns to where the session was, running.</summary>
    public ProgressChange Reopen(DateTimeOffset now) => Status == WorkshopStatus.Closed
        ? ProgressChange.To(this with { Status = WorkshopStatus.Running, QuestionStartedAt = now, Revision = Revision + 1 })
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
            return ProgressChange.To(this with { Status = WorkshopStatus.Finished, TimerDueAt = null, Revision = Revision + 1 });
        }

        return MovedTo(frame, new Position(target / (stages * questions), target / questions % stages, target % questions), now);
    }

    private ProgressChange MovedTo(WorkshopFrame frame, Position position, DateTimeOffset now) => ProgressChange.To(this with
    {
        Status = WorkshopStatus.Running,
        Position = position,
        QuestionStartedAt = now,
        TimerDueAt = now + frame.Timebox,
        Revision = Revision + 1,
    });

    private ProgressChange? Refuse(bool allowFinished) => Status switch
    {
        WorkshopStatus.Closed => ProgressChange.Refused(ProgressError.Closed),
        WorkshopStatus.Paused => ProgressChange.Refused(ProgressError.Paused),
        WorkshopStatus.Finished when !allowFinished => ProgressChange.Refused(ProgressError.AtEnd),
        _ => null,
    };
}

/// <summary>The outcome of a facilitator move: the new progress, or why it was refused.</summary>
public sealed record ProgressChange(WorkshopProgress? Progress, ProgressError Error)
{
    public bool Succeeded => Error == ProgressError.None;

    public static ProgressChange To(WorkshopProgress progress) => new(progress, ProgressError.None);

    public static ProgressChange Refused(ProgressError error) => new(null, error);
}
