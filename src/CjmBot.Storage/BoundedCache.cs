using System.Collections.Concurrent;

namespace CjmBot.Storage;

/// <summary>
/// A process-local cache of at most <c>capacity</c> entries that starts over when full. It only ever saves reads:
/// every entry is checked against a stored version before it is used, so losing entries costs a request, never
/// correctness, and no eviction order is worth its bookkeeping.
/// </summary>
internal sealed class BoundedCache<TKey, TValue>(int capacity)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> _entries = new();

    public bool TryGet(TKey key, out TValue value) => _entries.TryGetValue(key, out value!);

    public void Set(TKey key, TValue value)
    {
        if (_entries.Count >= capacity && !_entries.ContainsKey(key))
        {
            _entries.Clear();
        }

        _entries[key] = value;
    }

    public void Remove(TKey key) => _entries.TryRemove(key, out _);
}
