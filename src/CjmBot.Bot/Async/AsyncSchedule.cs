using System.Globalization;
using System.Text.Json.Nodes;
using CjmBot.Workshops.Scheduling;

namespace CjmBot.Bot.Async;

/// <summary>A reminder job as read back: whom, which workshop, which deadline it was set for.</summary>
public sealed record AsyncReminderJob(string WorkshopId, string UserId, string Label, DateTimeOffset Deadline);

/// <summary>
/// The durable jobs of the async window: <c>reminder/{workshop}/{user}/{24h|1h}</c> before the deadline and
/// <c>deadline/{workshop}</c> at it. Each carries the deadline it was set for, so a job that outlived a changed
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

            await jobs.ScheduleAsync(new ScheduledJob(ReminderKey(workshopId, userId, label), ReminderKind, due, new JsonObject
            {
                ["workshopId"] = workshopId,
                ["userId"] = userId,
                ["label"] = label,
                ["deadline"] = Format(deadline),
            }), cancellationToken).ConfigureAwait(false);
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
        jobs.ScheduleAsync(new ScheduledJob(DeadlineKey(workshopId), DeadlineKind, deadline, new JsonObject
        {
            ["workshopId"] = workshopId,
            ["deadline"] = Format(deadline),
        }), cancellationToken);

    // Keyed {kind}/{workshop}/…, as every job is, so deleting a workshop finds them by its handlers' kinds.
    public static string ReminderKey(string workshopId, string userId, string label) => $"{ReminderKind}/{workshopId}/{userId}/{label}";

    public static string DeadlineKey(string workshopId) => DeadlineKind + "/" + workshopId;

    public static AsyncReminderJob? ReadReminder(ScheduledJob job) =>
        job.Payload["workshopId"]?.GetValue<string>() is { } workshopId
        && job.Payload["userId"]?.GetValue<string>() is { } userId
        && job.Payload["label"]?.GetValue<string>() is { } label
        && Parse(job.Payload["deadline"]?.GetValue<string>()) is { } deadline
            ? new AsyncReminderJob(workshopId, userId, label, deadline)
            : null;

    public static (string WorkshopId, DateTimeOffset Deadline)? ReadDeadline(ScheduledJob job) =>
        job.Payload["workshopId"]?.GetValue<string>() is { } workshopId && Parse(job.Payload["deadline"]?.GetValue<string>()) is { } deadline
            ? (workshopId, deadline)
            : null;

    private static string Format(DateTimeOffset at) => at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset? Parse(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at) ? at : null;
}
