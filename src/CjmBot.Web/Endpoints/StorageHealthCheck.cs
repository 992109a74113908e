using CjmBot.Storage;
using CjmBot.Web.Hosting;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace CjmBot.Web.Endpoints;

/// <summary>
/// Readiness: storage answers within <see cref="HealthOptions.StorageTimeout"/>. The result, good or bad, is reused for
/// <see cref="HealthOptions.CacheDuration"/>; concurrent callers share the one probe in flight.
/// </summary>
public sealed class StorageHealthCheck(
    IStorageHealthProbe probe,
    IOptions<HealthOptions> options,
    TimeProvider timeProvider,
    ILogger<StorageHealthCheck> logger) : IHealthCheck
{
    private readonly Lock _gate = new();
    private Task<HealthCheckResult>? _current;
    private DateTimeOffset _expires = DateTimeOffset.MinValue;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var now = timeProvider.GetUtcNow();
            if (_current is null || (_current.IsCompleted && now >= _expires))
            {
                // Not the caller's token: the shared probe must not fail because the first caller went away.
                _current = ProbeAsync();
            }

            return _current.WaitAsync(cancellationToken);
        }
    }

    private async Task<HealthCheckResult> ProbeAsync()
    {
        var settings = options.Value;
        HealthCheckResult result;
        using (var timeout = new CancellationTokenSource(settings.StorageTimeout, timeProvider))
        {
            try
            {
                await probe.ProbeAsync(timeout.Token).ConfigureAwait(false);
                result = HealthCheckResult.Healthy("storage reachable");
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested)
            {
                Log.StorageProbeTimedOut(logger, settings.StorageTimeout);
                result = HealthCheckResult.Unhealthy($"storage did not answer within {settings.StorageTimeout.TotalSeconds:0.###} s");
            }
            catch (Exception exception)
            {
                Log.StorageProbeFailed(logger, exception);
                result = HealthCheckResult.Unhealthy("storage unreachable: " + exception.GetType().Name);
            }
        }

        lock (_gate)
        {
            _expires = timeProvider.GetUtcNow() + settings.CacheDuration;
        }

        return result;
    }
}
