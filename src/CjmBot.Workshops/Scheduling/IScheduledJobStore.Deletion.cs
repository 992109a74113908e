namespace CjmBot.Workshops.Scheduling;

public partial interface IScheduledJobStore
{
    /// <summary>
    /// Removes every job keyed <paramref name="keyPrefix"/> or <c>{keyPrefix}/…</c>, claimed or not: a workshop's jobs
    /// are keyed <c>{workshop id}/{kind}[/…]</c>, so its id removes them all. Returns how many were removed.
    /// </summary>
    Task<int> CancelAllAsync(string keyPrefix, CancellationToken cancellationToken);
}
