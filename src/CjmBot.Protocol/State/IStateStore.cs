using System.Text.Json.Nodes;

namespace CjmBot.Protocol.State;

/// <summary>
/// Key/value state with optimistic concurrency. Every successful write returns a new ETag.
/// ETag rules for <see cref="WriteAsync"/>: <c>null</c> creates only (an existing item is a conflict),
/// <see cref="AnyETag"/> overwrites whatever is there, any other value must equal the stored ETag.
/// A conflict throws <see cref="StateConflictException"/>; nothing is written then.
/// </summary>
public interface IStateStore
{
    public const string AnyETag = "*";

    Task<StoreItem?> ReadAsync(string key, CancellationToken cancellationToken);

    Task<string> WriteAsync(string key, JsonObject value, string? eTag, CancellationToken cancellationToken);

    /// <summary>Deletes the item; with an ETag only if it still matches. Returns false when there was nothing to delete.</summary>
    Task<bool> DeleteAsync(string key, string? eTag, CancellationToken cancellationToken);
}

/// <summary>A stored value and the ETag to write it back with.</summary>
public sealed record StoreItem(JsonObject Value, string ETag);

public sealed class StateConflictException(string key)
    : Exception($"The state item '{key}' was changed or created by someone else.")
{
    public string Key { get; } = key;
}
