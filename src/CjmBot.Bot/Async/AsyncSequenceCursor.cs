using CjmBot.Bot.State;
using CjmBot.Protocol.State;

namespace CjmBot.Bot.Async;

/// <summary>
/// Which workshop's sequence a person is answering in their personal chat right now (set by Start, cleared by
/// Later, the end of the sequence, the deadline or the workshop's deletion). Only then does typed text in that chat go
/// to the sequence, so a personal chat's own live workshop is never confused with an asynchronous contribution. It is
/// the person's, across workshops, so it lives in the bot's state, not in one workshop.
/// </summary>
public sealed class AsyncSequenceCursor(IStateStore state)
{
    public async Task<string?> CurrentAsync(string userId, CancellationToken cancellationToken) =>
        (await state.ReadAsync(Key(userId), BotJsonContext.Default.SequenceCursor, cancellationToken).ConfigureAwait(false))?.Value.WorkshopId;

    public Task SetAsync(string userId, string workshopId, CancellationToken cancellationToken) =>
        state.WriteAsync(Key(userId), new SequenceCursor(workshopId), BotJsonContext.Default.SequenceCursor, IStateStore.AnyETag, cancellationToken);

    /// <summary>Clears the cursor if it still points at <paramref name="workshopId"/> (another Start may have moved it).</summary>
    public async Task ClearAsync(string userId, string workshopId, CancellationToken cancellationToken)
    {
        var item = await state.ReadAsync(Key(userId), BotJsonContext.Default.SequenceCursor, cancellationToken).ConfigureAwait(false);
        if (item?.Value.WorkshopId == workshopId)
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
