using CjmBot.Protocol.State;
using Microsoft.Extensions.Logging;

namespace CjmBot.Dialogs;

/// <summary>A dialog stack as loaded, with the ETag to save it back with (null when nothing was stored).</summary>
public sealed record LoadedDialogState(DialogState State, string? ETag);

/// <summary>
/// Loads and saves dialog stacks in one state store, one stack per key (one per person and sequence; the store
/// may be scoped, e.g. to what one workshop owns). Saves are conditional on the ETag the stack was loaded with:
/// a turn that raced another one for the same key gets <see cref="StateConflictException"/>.
/// </summary>
public sealed class DialogStateStore(IStateStore store, ILogger<DialogStateStore> logger)
{
    public async Task<LoadedDialogState> LoadAsync(string key, CancellationToken cancellationToken)
    {
        var item = await store.ReadAsync(key, cancellationToken).ConfigureAwait(false);
        if (item is null)
        {
            return new LoadedDialogState(new DialogState(), null);
        }

        if (StoredDialogStack.TryRead(item.Json) is { } state)
        {
            return new LoadedDialogState(state, item.ETag);
        }

        // A stack nobody can read would trap the person in errors; starting over is the lesser harm.
        Log.StateUnreadable(logger, key);
        return new LoadedDialogState(new DialogState(), item.ETag);
    }

    /// <summary>
    /// Saves the stack over the version loaded with <paramref name="eTag"/>; an empty stack deletes the item.
    /// Returns the new ETag (null once deleted).
    /// </summary>
    /// <exception cref="StateConflictException">Another turn saved this key since it was loaded; nothing was written.</exception>
    public async Task<string?> SaveAsync(string key, DialogState state, string? eTag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        try
        {
            if (state.Stack.Count > 0)
            {
                return await store.WriteAsync(key, StoredDialogStack.Write(state), eTag, cancellationToken).ConfigureAwait(false);
            }

            if (eTag is not null)
            {
                await store.DeleteAsync(key, eTag, cancellationToken).ConfigureAwait(false);
            }

            return null;
        }
        catch (StateConflictException)
        {
            Log.StateConflict(logger, key);
            throw;
        }
    }
}
