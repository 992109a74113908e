using CjmBot.Workshops.LiveMap;

namespace CjmBot.Workshops;

/// <summary>Change looks in memory: every write stamps its workshop with the next number of one counter.</summary>
public sealed partial class InMemoryWorkshopRepository
{
    private readonly Dictionary<string, long> _changes = new(StringComparer.Ordinal);
    private long _lastChange;

    public Task<WorkshopChanges?> ReadChangesAsync(string workshopId, WorkshopChangeCursor? since, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_workshops.ContainsKey(workshopId))
            {
                return Task.FromResult<WorkshopChanges?>(null);
            }

            var stamp = _changes.GetValueOrDefault(workshopId);
            return Task.FromResult<WorkshopChanges?>(new WorkshopChanges(since is not MemoryChangeCursor { Stamp: var seen } || seen != stamp, new MemoryChangeCursor(stamp)));
        }
    }

    /// <summary>Called under the lock after every write to the workshop.</summary>
    private void Touch(string workshopId) => _changes[workshopId] = ++_lastChange;

    private sealed record MemoryChangeCursor(long Stamp) : WorkshopChangeCursor;
}
