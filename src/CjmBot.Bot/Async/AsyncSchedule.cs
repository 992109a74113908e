using CjmBot.Bot.Scheduling;
using CjmBot.Bot.State;
using CjmBot.Workshops.Scheduling;

namespace CjmBot.Bot.Async;

/// <summary>
/// The durable jobs of the async window: <c>{workshop}/async-reminder/{user}/{24h|1h}</c> before the deadline and
/// <c>{workshop}/async-deadline</c> at it. Each carries the deadline it was set for, so a job that outlived a changed
/// deadline does nothing; scheduling the same key again replaces the job.
/// </summary>
public sealed class AsyncSchedule(IScheduledJobStore jobs, TimeProvider time)
{
    public const string ReminderKind = "async-reminder";
    public const string DeadlineKind = "async-deadline";

    public static IReadOnlyList<(string Label, TimeSpan Before)> Reminders { get; } =
        [("24h", TimeSpan.FromHours(24)), ("1h", TimeSpan.FromHours(1))];

    public async Task ScheduleRemindersAsync(string workshopId, string userId, DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        foreach (var (label, before) in Reminders)
        {
            var due = deadline - before;
            if (due <= now)
            {
                continue;
            }

            var payload = Persisted.Write(new ReminderJob(workshopId, userId, label, deadline), BotJsonContext.Default.ReminderJob);
            await jobs.ScheduleAsync(new ScheduledJob(ReminderKey(workshopId, userId, label), ReminderKind, due, payload), cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task CancelRemindersAsync(string workshopId, string userId, CancellationToken cancellationToken)
    {
        foreach (var (label, _) in Reminders)
        {
            await jobs.CancelAsync(ReminderKey(workshopId, userId, label), cancellationToken).ConfigureAwait(false);
        }
    }

    public Task ScheduleDeadlineAsync(string workshopId, DateTimeOffset deadline, CancellationToken cancellationToken) =>
        jobs.ScheduleAsync(
            new ScheduledJob(DeadlineKey(workshopId), DeadlineKind, deadline, Persisted.Write(new DeadlineJob(workshopId, deadline), BotJsonContext.Default.DeadlineJob)),
            cancellationToken);

    public static string ReminderKey(string workshopId, string userId, string label) => JobKeys.Of(workshopId, ReminderKind, userId, label);

    public static string DeadlineKey(string workshopId) => JobKeys.Of(workshopId, DeadlineKind);

    public static ReminderJob? ReadReminder(ScheduledJob job) => Persisted.Read(job?.Payload, BotJsonContext.Default.ReminderJob);

    public static DeadlineJob? ReadDeadline(ScheduledJob job) => Persisted.Read(job?.Payload, BotJsonContext.Default.DeadlineJob);
}
