using System.Globalization;
using CjmBot.Workshops;
using CjmBot.Workshops.Progress;
using CjmBot.Workshops.Retention;
using CjmBot.Workshops.Scheduling;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CjmBot.Bot.Scheduling;

/// <summary>
/// Closing a workshop schedules its retention; workshops closed while <c>Retention:ClosedWorkshopDays</c> was 0 (or
/// different) have no jobs, or jobs for the old period. So at start, when the setting deletes anything, each instance
/// asks for one sweep job keyed by the setting's value (an insert: of several instances one adds it, one runs it); the
/// sweep looks at every workshop once and schedules the closed ones. Each deletion still checks the workshop when it runs.
/// </summary>
public sealed class RetentionSweep(IScheduledJobStore jobs, RetentionPolicy policy, TimeProvider time) : IHostedService
{
    public const string Kind = "retention-sweep";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (policy.ClosedWorkshopDays > 0)
        {
            var key = JobKeys.OfBot(Kind, policy.ClosedWorkshopDays.ToString(CultureInfo.InvariantCulture));
            await jobs.TryAddAsync(new ScheduledJob(key, Kind, time.GetUtcNow(), ""), cancellationToken).ConfigureAwait(false);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>Runs the sweep: every closed workshop's retention jobs are set for the current setting (open ones have none).</summary>
public sealed class RetentionSweepJobHandler(IWorkshopRepository repository, WorkshopRetention retention, ILogger<RetentionSweepJobHandler> logger)
    : IScheduledJobHandler
{
    public string Kind => RetentionSweep.Kind;

    public async Task RunAsync(ScheduledJob job, CancellationToken cancellationToken)
    {
        var (seen, scheduled) = (0, 0);
        await foreach (var id in repository.ListAllWorkshopIdsAsync(cancellationToken).ConfigureAwait(false))
        {
            seen++;
            if (await repository.GetHeadAsync(id, cancellationToken).ConfigureAwait(false) is { Progress.Status: WorkshopStatus.Closed } head)
            {
                await retention.SyncAsync(head.Frame, head.Progress, cancellationToken).ConfigureAwait(false);
                scheduled++;
            }
        }

        Log.RetentionSwept(logger, seen, scheduled);
    }
}
