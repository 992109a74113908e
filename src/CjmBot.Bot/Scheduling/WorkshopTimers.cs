using CjmBot.Bot.State;
using CjmBot.Workshops.Frame;
using CjmBot.Workshops.Progress;
using CjmBot.Workshops.Scheduling;

namespace CjmBot.Bot.Scheduling;

/// <summary>
/// Keeps the durable schedule in step with a workshop's progress: one job per workshop while a question's
/// timebox runs, none otherwise. The job carries the revision it was set at, so a timer that outlived a move
/// does nothing.
/// </summary>
public sealed class WorkshopTimers(IScheduledJobStore jobs)
{
    public const string Kind = "question-timer";

    public Task SyncAsync(WorkshopFrame frame, WorkshopProgress progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(progress);
        return progress is { Status: WorkshopStatus.Running, TimerDueAt: { } due }
            ? jobs.ScheduleAsync(
                new ScheduledJob(Key(frame.Id), Kind, due, Persisted.Write(new QuestionTimerJob(frame.Id, progress.Revision), BotJsonContext.Default.QuestionTimerJob)),
                cancellationToken)
            : jobs.CancelAsync(Key(frame.Id), cancellationToken);
    }

    public static QuestionTimerJob? Read(ScheduledJob job) =>
        Persisted.Read(job?.Payload, BotJsonContext.Default.QuestionTimerJob);

    private static string Key(string workshopId) => JobKeys.Of(workshopId, Kind);
}
