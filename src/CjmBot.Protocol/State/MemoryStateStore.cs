namespace CjmBot.Protocol.State;

/// <summary>
/// In-process store for tests and local runs. Enforces exactly the ETag rules of the Table Storage store,
/// so concurrency bugs show up in unit tests too. Values are JSON text, as in the table.
/// </summary>
public sealed class MemoryStateStore : IStateStore
{
    private readonly Dictionary<string, (string Json, string ETag)> _items = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private long _version;

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _items.Count;
            }
        }
    }

    public Task<StoreItem?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        StateKeys.Validate(key);
        lock (_gate)
        {
            return Task.FromResult(_items.TryGetValue(key, out var item)
                ? new StoreItem(item.Json, item.ETag)
                : null);
        }
    }

    public Task<string> WriteAsync(string key, string json, string? eTag, CancellationToken cancellationToken)
    {
        StateKeys.Validate(key);
        ArgumentNullException.ThrowIfNull(json);
        lock (_gate)
        {
            var exists = _items.TryGetValue(key, out var current);
            var allowed = eTag switch
            {
                null => !exists,
                IStateStore.AnyETag => true,
                _ => exists && current.ETag == eTag,
            };
            if (!allowed)
            {
                throw new StateConflictException(key);
            }

            var newETag = $"W/\"{++_version}\"";
            _items[key] = (json, newETag);
            return Task.FromResult(newETag);
        }
    }

    public Task<bool> DeleteAsync(string key, string? eTag, CancellationToken cancellationToken)
    {
        StateKeys.Validate(key);
        lock (_gate)
        {
            if (!_items.TryGetValue(key, out var current))
            {
                return Task.FromResult(false);
            }

            if (eTag is not null && eTag != IStateStore.AnyETag && eTag != current.ETag)
            {
                throw new StateConflictException(key);
            }

            _items.Remove(key);
            return Task.FromResult(true);
        }
    }
}
