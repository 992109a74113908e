using System.Text.Json.Nodes;
using CjmBot.Protocol.State;

namespace CjmBot.Bot.Async;

/// <summary>
/// Which workshop's sequence a person is answering in their personal chat right now (set by Start, cleared by
/// Later, the end of the sequence or the deadline). Only then does typed text in that chat go to the sequence,
/// so a personal chat's own live workshop is never confused with an asynchronous contribution.
/// </summary>
public sealed class AsyncSequenceCursor(IStateStore state)
{
    public async Task<string?> CurrentAsync(string userId, CancellationToken cancellationToken)
    {
        var item = await state.ReadAsync(Key(userId), cancellationToken).ConfigureAwait(false);
        return item?.Value["workshopId"]?.GetValue<string>();
    }

    public Task SetAsync(string userId, string workshopId, CancellationToken cancellationToken) =>
        state.WriteAsync(Key(userId), new JsonObject { ["workshopId"] = workshopId }, IStateStore.AnyETag, cancellationToken);

    /// <summary>Clears the cursor if it still points at <paramref name="workshopId"/> (another Start may have moved it).</summary>
    public async Task ClearAsync(string userId, string workshopId, CancellationToken cancellationToken)
    {
        var item = await state.ReadAsync(Key(userId), cancellationToken).ConfigureAwait(false);
        if (item?.Value["workshopId"]?.GetValue<string>() == workshopId)
        {
            try
            {
                await state.DeleteAsync(Key(userId), item.ETag, cancellationToken).ConfigureAwait(false);
            }
            catch (StateConflictException)
            {
                // Moved to another workshop meanwhile: that one stays current.
            }
        }
    }

    private static string Key(string userId) => StateKeys.Build("async-current", userId);
}
