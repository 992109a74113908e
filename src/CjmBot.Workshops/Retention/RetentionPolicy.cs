using CjmBot.Workshops.Frame;
using CjmBot.Workshops.Progress;

namespace CjmBot.Workshops.Retention;

/// <summary>
/// How long closed workshops are kept: the bot's setting (<c>Retention:ClosedWorkshopDays</c>; 0 keeps them until a
/// facilitator deletes them), which a facilitator may override per workshop (<see cref="WorkshopFrame.RetentionDays"/>).
/// The one place that decides when a workshop is deleted and when its facilitators are reminded.
/// </summary>
public sealed record RetentionPolicy(int ClosedWorkshopDays)
{
    public const int MaxDays = 3650;

    /// <summary>How long before the deletion the facilitators are reminded ("export now or extend").</summary>
    public static readonly TimeSpan ReminderBefore = TimeSpan.FromDays(7);

    public static RetentionPolicy KeepForever { get; } = new(0);

    /// <summary>What applies to this workshop, and when it is deleted and reminded of if it is closed.</summary>
    public RetentionPlan PlanFor(WorkshopFrame frame, WorkshopProgress progress)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(progress);
        var days = frame.RetentionDays ?? ClosedWorkshopDays;
        if (progress.Status != WorkshopStatus.Closed || days <= 0)
        {
            return new RetentionPlan(days, frame.RetentionDays is null, null, null, HeldForNotice: false);
        }

        // Workshops closed before the closing time was kept: their last move is when they were closed.
        var closedAt = progress.ClosedAt ?? progress.LastMove?.At ?? progress.QuestionStartedAt;
        var deleteOn = closedAt.AddDays(days);

        // A facilitator's change (say, a shorter period for a workshop closed long ago) leaves a week to export first;
        // the reply to the change is then the reminder.
        var noticeFrom = frame.RetentionSetAt is { } setAt && setAt > closedAt ? setAt : closedAt;
        var held = noticeFrom > closedAt && deleteOn < noticeFrom + ReminderBefore;
        if (held)
        {
            deleteOn = noticeFrom + ReminderBefore;
        }

        var remindOn = deleteOn - ReminderBefore;
        return new RetentionPlan(days, frame.RetentionDays is null, deleteOn, remindOn > noticeFrom ? remindOn : null, held);
    }
}

/// <summary>
/// The retention of one workshop: kept <see cref="Days"/> days once closed (0: until deleted by hand), by the bot's
/// setting or the facilitator's; when closed, the time it is deleted and the time its facilitators are reminded (none
/// when the period is shorter than the reminder's lead). <see cref="HeldForNotice"/>: the deletion waits a week after the
/// facilitator's change, which would otherwise have deleted it sooner.
/// </summary>
public sealed record RetentionPlan(int Days, bool IsDefault, DateTimeOffset? DeleteOn, DateTimeOffset? RemindOn, bool HeldForNotice)
{
    public bool KeepsForever => Days <= 0;
}
