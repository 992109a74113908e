using System.Globalization;
using System.Text.Json.Nodes;
using CjmBot.Workshops.Frame;
using CjmBot.Workshops.Progress;
using CjmBot.Workshops.Scheduling;

namespace CjmBot.Bot.Workshops;

/// <summary>
/// Keeps the durable schedule in step with a workshop's progress: one job per workshop while a question's
/// timebox runs, none otherwise. The job carries the revision it was set at, so a timer that outlived a move
/// does nothing.
/// </summary>
public sealed class WorkshopTimers(IScheduledJobStore jobs)
{
    public const string Kind = "question-timer";

    public Task SyncAsync(WorkshopFrame frame, WorkshopProgress progress, CancellationToken cancellationToken) =>
        progress is { Status: WorkshopStatus.Running, TimerDueAt: { } due }
            ? jobs.ScheduleAsync(new ScheduledJob(Key(frame.Id), Kind, due, new JsonObject
            {
                ["workshopId"] = frame.Id,
                ["revision"] = progress.Revision.ToString(CultureInfo.InvariantCulture),
            }), cancellationToken)
            : jobs.CancelAsync(Key(frame.Id), cancellationToken);

    public static (string WorkshopId, int Revision)? Read(ScheduledJob job) =>
        job.Payload["workshopId"]?.GetValue<string>() is { } workshopId
        && int.TryParse(job.Payload["revision"]?.GetValue<string>(), NumberStyles.None, CultureInfo.InvariantCulture, out var revision)
            ? (workshopId, revision)
            : null;

    private static string Key(string workshopId) => Kind + "/" + workshopId;
}
