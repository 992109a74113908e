using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace CjmBot.Protocol.State;

/// <summary>
/// Key/value state with optimistic concurrency. Values are JSON text; their owners give them a typed shape and
/// serialize it with their source-generated context (<see cref="StateStoreExtensions"/>). Every successful write
/// returns a new ETag. ETag rules for <see cref="WriteAsync"/>: <c>null</c> creates only (an existing item is a
/// conflict), <see cref="AnyETag"/> overwrites whatever is there, any other value must equal the stored ETag.
/// A conflict throws <see cref="StateConflictException"/>; nothing is written then.
/// </summary>
public interface IStateStore
{
    public const string AnyETag = "*";

    Task<StoreItem?> ReadAsync(string key, CancellationToken cancellationToken);

    Task<string> WriteAsync(string key, string json, string? eTag, CancellationToken cancellationToken);

    /// <summary>Deletes the item; with an ETag only if it still matches. Returns false when there was nothing to delete.</summary>
    Task<bool> DeleteAsync(string key, string? eTag, CancellationToken cancellationToken);
}

/// <summary>A stored value (JSON text) and the ETag to write it back with.</summary>
public sealed record StoreItem(string Json, string ETag);

/// <summary>A typed value as read, and the ETag to write it back with.</summary>
public sealed record StoreItem<T>(T Value, string ETag);

public static class StateStoreExtensions
{
    /// <summary>Reads a typed value; an item that does not read as <typeparamref name="T"/> counts as absent.</summary>
    public static async Task<StoreItem<T>?> ReadAsync<T>(this IStateStore store, string key, JsonTypeInfo<T> type, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(store);
        var item = await store.ReadAsync(key, cancellationToken).ConfigureAwait(false);
        return item is not null && TryRead(item.Json, type) is { } value ? new StoreItem<T>(value, item.ETag) : null;
    }

    public static Task<string> WriteAsync<T>(this IStateStore store, string key, T value, JsonTypeInfo<T> type, string? eTag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.WriteAsync(key, JsonSerializer.Serialize(value, type), eTag, cancellationToken);
    }

    private static T? TryRead<T>(string json, JsonTypeInfo<T> type)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize(json, type);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

public sealed class StateConflictException(string key)
    : Exception($"The state item '{key}' was changed or created by someone else.")
{
    public string Key { get; } = key;
}
