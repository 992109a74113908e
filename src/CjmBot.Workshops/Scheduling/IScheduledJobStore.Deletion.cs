namespace CjmBot.Workshops.Scheduling;

public partial interface IScheduledJobStore
{
    /// <summary>
    /// Removes every job whose key starts with <paramref name="keyPrefix"/>, claimed or not (a workshop's jobs are
    /// keyed <c>{kind}/{workshop id}/…</c>). Returns how many were removed.
    /// </summary>
    Task<int> CancelAllAsync(string keyPrefix, CancellationToken cancellationToken);
}
