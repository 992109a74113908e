using CjmBot.Workshops.Scheduling;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CjmBot.Bot.Scheduling;

/// <summary>
/// Polls the durable schedule and runs what is due, on every instance: the store's claims make sure each
/// job runs on one of them. Time comes from the injected clock, so tests advance it instead of waiting.
/// </summary>
public sealed class ScheduledJobRunner(
    IScheduledJobStore jobs,
    IEnumerable<IScheduledJobHandler> handlers,
    TimeProvider time,
    IOptions<SchedulerOptions> options,
    ILogger<ScheduledJobRunner> logger) : BackgroundService
{
    private readonly Dictionary<string, IScheduledJobHandler> _handlers = handlers.ToDictionary(handler => handler.Kind, StringComparer.Ordinal);

    /// <summary>Runs every job due now. Returns how many ran.</summary>
    public async Task<int> RunDueJobsAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var claimed = await jobs.ClaimDueAsync(time.GetUtcNow(), settings.Lease, settings.BatchSize, cancellationToken).ConfigureAwait(false);
        foreach (var job in claimed)
        {
            if (!_handlers.TryGetValue(job.Job.Kind, out var handler))
            {
                Log.UnknownJobKind(logger, job.Job.Kind, job.Job.Key);
                await jobs.CompleteAsync(job, cancellationToken).ConfigureAwait(false);
                continue;
            }

            try
            {
                await handler.RunAsync(job.Job, cancellationToken).ConfigureAwait(false);
                await jobs.CompleteAsync(job, cancellationToken).ConfigureAwait(false);
                Log.JobRan(logger, job.Job.Kind, job.Job.Key);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // Not completed: the claim runs out and the job is tried again.
                Log.JobFailed(logger, exception, job.Job.Kind, job.Job.Key);
            }
        }

        return claimed.Count;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The first poll waits one interval, so it never races the host's own start-up (or its failure).
        using var timer = new PeriodicTimer(options.Value.PollInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                try
                {
                    await RunDueJobsAsync(stoppingToken).ConfigureAwait(false);
                }
                catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
                {
                    Log.PollFailed(logger, exception);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }
}
