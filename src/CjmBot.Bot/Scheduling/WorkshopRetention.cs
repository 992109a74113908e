using CjmBot.Bot.State;
using CjmBot.Workshops.Frame;
using CjmBot.Workshops.Progress;
using CjmBot.Workshops.Retention;
using CjmBot.Workshops.Scheduling;

namespace CjmBot.Bot.Scheduling;

/// <summary>
/// Keeps the durable schedule in step with a workshop's retention: while it is closed and not kept forever, one job
/// deletes it when its period runs out and one reminds its chat seven days before; none otherwise. The jobs live in
/// storage (they survive restarts), are claimed by one instance, and their handlers check the workshop again when
/// they run, so a job that outlived a reopening or an extension does nothing.
/// </summary>
public sealed class WorkshopRetention(IScheduledJobStore jobs, RetentionPolicy policy, TimeProvider time)
{
    public const string DeletionKind = "retention";
    public const string ReminderKind = "retention-reminder";

    public async Task SyncAsync(WorkshopFrame frame, WorkshopProgress progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(progress);
        var plan = policy.PlanFor(frame, progress);
        await SyncOneAsync(frame.Id, DeletionKind, plan.DeleteOn, plan.DeleteOn, cancellationToken).ConfigureAwait(false);

        // A reminder late is still worth sending while the deletion is ahead; once it is due, there is nothing to remind of.
        var remindOn = plan.DeleteOn > time.GetUtcNow() ? plan.RemindOn : null;
        await SyncOneAsync(frame.Id, ReminderKind, remindOn, plan.DeleteOn, cancellationToken).ConfigureAwait(false);
    }

    public static RetentionJob? Read(ScheduledJob job) => Persisted.Read(job?.Payload, BotJsonContext.Default.RetentionJob);

    private Task SyncOneAsync(string workshopId, string kind, DateTimeOffset? due, DateTimeOffset? deleteOn, CancellationToken cancellationToken) =>
        due is { } at && deleteOn is { } deletion
            ? jobs.ScheduleAsync(
                new ScheduledJob(JobKeys.Of(workshopId, kind), kind, at, Persisted.Write(new RetentionJob(workshopId, deletion), BotJsonContext.Default.RetentionJob)),
                cancellationToken)
            : jobs.CancelAsync(JobKeys.Of(workshopId, kind), cancellationToken);
}
