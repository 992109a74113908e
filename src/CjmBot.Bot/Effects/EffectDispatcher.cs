using CjmBot.Application.Effects;
using CjmBot.Bot.Async;
using CjmBot.Bot.LiveMap;
using CjmBot.Bot.Scheduling;
using CjmBot.Bot.Telemetry;
using Microsoft.Extensions.Logging;

namespace CjmBot.Bot.Effects;

/// <summary>
/// Carries out what use cases ask for after they changed a workshop: map redraws, timers, retention, reminders, the deadline, the
/// contributors' cursors (which are theirs, across workshops, so outside any one workshop).
/// </summary>
public sealed class EffectDispatcher(
    MapRenderSchedule renders,
    WorkshopTimers timers,
    WorkshopRetention retention,
    AsyncSchedule asyncSchedule,
    AsyncSequenceCursor cursors,
    WorkshopTelemetry telemetry,
    ILogger<EffectDispatcher> logger) : IEffectDispatcher
{
    public async Task DispatchAsync(IReadOnlyList<WorkshopEffect> effects, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(effects);
        foreach (var effect in effects)
        {
            switch (effect)
            {
                case ContributionStored stored:
                    telemetry.Recorded(stored.Kind);
                    break;
                case MapChanged changed:
                    await renders.RequestAfterStoringAsync(changed.WorkshopId, logger, cancellationToken).ConfigureAwait(false);
                    break;
                case TimerChanged timer:
                    await timers.SyncAsync(timer.Frame, timer.Progress, cancellationToken).ConfigureAwait(false);
                    break;
                case RetentionChanged changed:
                    await retention.SyncAsync(changed.Frame, changed.Progress, cancellationToken).ConfigureAwait(false);
                    break;
                case DeadlineSet deadline:
                    await asyncSchedule.ScheduleDeadlineAsync(deadline.WorkshopId, deadline.Deadline, cancellationToken).ConfigureAwait(false);
                    foreach (var person in deadline.Reminded)
                    {
                        await asyncSchedule.ScheduleRemindersAsync(deadline.WorkshopId, person, deadline.Deadline, cancellationToken).ConfigureAwait(false);
                    }

                    break;
                case RemindersDue due:
                    await asyncSchedule.ScheduleRemindersAsync(due.WorkshopId, due.PersonId, due.Deadline, cancellationToken).ConfigureAwait(false);
                    break;
                case RemindersCancelled cancelled:
                    await asyncSchedule.CancelRemindersAsync(cancelled.WorkshopId, cancelled.PersonId, cancellationToken).ConfigureAwait(false);
                    break;
                case SequenceLeft left:
                    await cursors.ClearAsync(left.PersonId, left.WorkshopId, cancellationToken).ConfigureAwait(false);
                    break;
                case WorkshopRemoved removed:
                    foreach (var person in removed.InvitedPeople)
                    {
                        await cursors.ClearAsync(person, removed.WorkshopId, cancellationToken).ConfigureAwait(false);
                    }

                    break;
                default:
                    throw new InvalidOperationException($"No dispatch for {effect.GetType().Name}.");
            }
        }
    }
}
