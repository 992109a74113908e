namespace CjmBot.Workshops.Scheduling;

public sealed partial class InMemoryScheduledJobStore
{
    public Task<int> CancelAllAsync(string keyPrefix, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(keyPrefix);
        lock (_gate)
        {
            var keys = _jobs.Keys
                .Where(key => key == keyPrefix || key.StartsWith(keyPrefix + "/", StringComparison.Ordinal))
                .ToList();
            foreach (var key in keys)
            {
                _jobs.Remove(key);
            }

            return Task.FromResult(keys.Count);
        }
    }
}
