namespace CjmBot.Workshops.Scheduling;

/// <summary>The schedule in process memory (tests, local runs without storage). Same contract as the Table one.</summary>
public sealed partial class InMemoryScheduledJobStore : IScheduledJobStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Entry> _jobs = new(StringComparer.Ordinal);

    public Task ScheduleAsync(ScheduledJob job, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _jobs[job.Key] = new Entry(job, Guid.NewGuid().ToString("N"), ClaimedUntil: null);
        }

        return Task.CompletedTask;
    }

    public Task<bool> TryAddAsync(ScheduledJob job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        lock (_gate)
        {
            return Task.FromResult(_jobs.TryAdd(job.Key, new Entry(job, Guid.NewGuid().ToString("N"), ClaimedUntil: null)));
        }
    }

    public Task CancelAsync(string key, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _jobs.Remove(key);
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<ClaimedJob>> ClaimDueAsync(DateTimeOffset now, TimeSpan lease, int max, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var claimed = new List<ClaimedJob>();
            foreach (var (key, entry) in _jobs.OrderBy(pair => pair.Value.Job.DueAt).ToList())
            {
                if (claimed.Count == max || entry.Job.DueAt > now || entry.ClaimedUntil > now)
                {
                    continue;
                }

                var token = Guid.NewGuid().ToString("N");
                _jobs[key] = entry with { Token = token, ClaimedUntil = now + lease };
                claimed.Add(new ClaimedJob(entry.Job, token));
            }

            return Task.FromResult<IReadOnlyList<ClaimedJob>>(claimed);
        }
    }

    public Task<bool> CompleteAsync(ClaimedJob claimed, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_jobs.TryGetValue(claimed.Job.Key, out var entry) && entry.Token == claimed.ClaimToken)
            {
                _jobs.Remove(claimed.Job.Key);
                return Task.FromResult(true);
            }

            return Task.FromResult(false);
        }
    }

    private sealed record Entry(ScheduledJob Job, string Token, DateTimeOffset? ClaimedUntil);
}
