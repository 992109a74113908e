using CjmBot.Workshops.Changes;

namespace CjmBot.Workshops;

/// <summary>Change looks in memory: every write through <see cref="Write"/> stamps its workshop with the next number of one counter.</summary>
public sealed partial class InMemoryWorkshopRepository
{
    private long _lastChange;

    public Task<WorkshopChanges?> ReadChangesAsync(string workshopId, WorkshopChangeCursor? since, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_workshops.TryGetValue(workshopId, out var stored))
            {
                return Task.FromResult<WorkshopChanges?>(null);
            }

            var changed = since is not MemoryChangeCursor { Stamp: var seen } || seen != stored.Changed;
            return Task.FromResult<WorkshopChanges?>(new WorkshopChanges(changed, new MemoryChangeCursor(stored.Changed)));
        }
    }

    private sealed record MemoryChangeCursor(long Stamp) : WorkshopChangeCursor;
}
