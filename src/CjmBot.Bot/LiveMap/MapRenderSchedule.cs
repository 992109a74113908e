using System.Collections.Concurrent;
using System.Globalization;
using CjmBot.Bot.Scheduling;
using CjmBot.Bot.State;
using CjmBot.Workshops.Scheduling;
using Microsoft.Extensions.Logging;

namespace CjmBot.Bot.LiveMap;

/// <summary>
/// Asks for a workshop's live map to be redrawn, coalesced through the durable schedule: every request in the
/// same clock second creates the same job (<c>{workshop}/map-render/{unix second}</c>, create-only), due just
/// after that second ends. However many answers arrive and however many instances record them, a workshop's map
/// is redrawn at most once per second, and the last answer of a burst shows about one second after it.
/// </summary>
public sealed class MapRenderSchedule(IScheduledJobStore jobs, TimeProvider time)
{
    public const string Kind = "map-render";

    /// <summary>After the bucket's second ends: room for a request still in flight at the boundary and for clock skew between instances.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromMilliseconds(200);

    /// <summary>How long a failed redraw waits before it is tried again.</summary>
    public static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(3);

    /// <summary>Failed redraws in a row after which the map waits for the next contribution instead.</summary>
    public const int MaxAttempts = 10;

    /// <summary>Workshops remembered before the memory below is cleared (it only saves storage requests).</summary>
    private const int MaxRemembered = 10_000;

    /// <summary>
    /// The second this instance last saw a redraw requested for, per workshop: further answers in that second need
    /// no storage request, since that job is not due before the second ends and will load them too.
    /// </summary>
    private readonly ConcurrentDictionary<string, long> _requested = new(StringComparer.Ordinal);

    /// <summary>
    /// Requests a redraw. Call it after the contribution is stored: the job is created for the current second and
    /// runs after it ends, so it always loads what was stored before the request.
    /// </summary>
    /// <returns>False when this second's redraw was already requested (it will show this contribution too).</returns>
    public async Task<bool> RequestAsync(string workshopId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var second = now.ToUnixTimeSeconds();
        if (_requested.TryGetValue(workshopId, out var known) && known == second)
        {
            return false;
        }

        var added = await jobs.TryAddAsync(Job(workshopId, now, attempt: 0), cancellationToken).ConfigureAwait(false);
        if (_requested.Count >= MaxRemembered)
        {
            _requested.Clear();
        }

        _requested[workshopId] = second;
        return added;
    }

    /// <summary>
    /// Requests a redraw after something the map shows was stored. A failure is logged, not thrown: what was stored
    /// is safe, and failing the turn now would only make people send it again; the next change redraws the map.
    /// </summary>
    public async Task RequestAfterStoringAsync(string workshopId, ILogger logger, CancellationToken cancellationToken)
    {
        try
        {
            await RequestAsync(workshopId, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Log.LiveMapRequestFailed(logger, exception, workshopId);
        }
    }

    /// <summary>Requests another redraw <see cref="RetryDelay"/> from now, after attempt <paramref name="failedAttempt"/> failed.</summary>
    /// <returns>False when the attempts are used up or a redraw is already requested for then.</returns>
    public Task<bool> RetryAsync(string workshopId, int failedAttempt, CancellationToken cancellationToken) =>
        failedAttempt + 1 >= MaxAttempts
            ? Task.FromResult(false)
            : jobs.TryAddAsync(Job(workshopId, time.GetUtcNow() + RetryDelay, failedAttempt + 1), cancellationToken);

    /// <summary>
    /// Requests a redraw in the second <paramref name="at"/> falls in (the same create-only job as the answers of that
    /// second ask for): what a redraw had to leave for later, such as a question card drawn too recently.
    /// </summary>
    public Task<bool> RequestAtAsync(string workshopId, DateTimeOffset at, CancellationToken cancellationToken) =>
        jobs.TryAddAsync(Job(workshopId, at, attempt: 0), cancellationToken);

    public static MapRenderJob? Read(ScheduledJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return Persisted.Read(job.Payload, BotJsonContext.Default.MapRenderJob);
    }

    /// <summary>The job of the second <paramref name="at"/> falls in.</summary>
    public static ScheduledJob Job(string workshopId, DateTimeOffset at, int attempt)
    {
        var second = at.ToUnixTimeSeconds();
        return new ScheduledJob(
            JobKeys.Of(workshopId, Kind, second.ToString(CultureInfo.InvariantCulture)),
            Kind,
            DateTimeOffset.FromUnixTimeSeconds(second + 1) + Grace,
            Persisted.Write(new MapRenderJob(workshopId, attempt), BotJsonContext.Default.MapRenderJob));
    }
}
