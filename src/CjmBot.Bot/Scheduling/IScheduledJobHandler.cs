using CjmBot.Workshops.Scheduling;

namespace CjmBot.Bot.Scheduling;

/// <summary>Runs the jobs of one kind. Must be idempotent: a job whose instance died mid-run runs again.</summary>
public interface IScheduledJobHandler
{
    string Kind { get; }

    Task RunAsync(ScheduledJob job, CancellationToken cancellationToken);
}
