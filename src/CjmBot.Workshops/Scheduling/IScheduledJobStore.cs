namespace CjmBot.Workshops.Scheduling;

/// <summary>
/// Durable schedule. Exactly-once in effect: a due job is claimed under optimistic concurrency (one instance
/// wins), run, then completed. A claim that is never completed (the instance died) expires after its lease
/// and the job is claimed again, so every job runs at least once; handlers are written to be idempotent.
/// </summary>
public partial interface IScheduledJobStore
{
    /// <summary>Adds the job, or replaces the job with the same key (and any claim on it).</summary>
    Task ScheduleAsync(ScheduledJob job, CancellationToken cancellationToken);

    /// <summary>
    /// Adds the job only if no job with its key exists (claimed or not). Returns false, and changes nothing,
    /// when one does: many callers asking for the same thing at once create it once.
    /// </summary>
    Task<bool> TryAddAsync(ScheduledJob job, CancellationToken cancellationToken);

    /// <summary>Removes the job with this key, if any.</summary>
    Task CancelAsync(string key, CancellationToken cancellationToken);

    /// <summary>Claims up to <paramref name="max"/> jobs due at <paramref name="now"/> that nobody holds a live claim on.</summary>
    Task<IReadOnlyList<ClaimedJob>> ClaimDueAsync(DateTimeOffset now, TimeSpan lease, int max, CancellationToken cancellationToken);

    /// <summary>Deletes a job this instance ran. Returns false if it was rescheduled or claimed by someone else meanwhile.</summary>
    Task<bool> CompleteAsync(ClaimedJob claimed, CancellationToken cancellationToken);
}
