using CjmBot.Protocol.State;
using CjmBot.Protocol.Turns;
using Microsoft.Extensions.Logging;

namespace CjmBot.Dialogs;

/// <summary>
/// Runs one turn of one person's dialog stack: load it, continue the active dialog (or begin the root
/// one), save it. Each state key is an independent position, so people never share progress; the caller says
/// which store the stack lives in (e.g. the state of the workshop the sequence is about, deleted with it).
/// </summary>
public sealed class DialogRunner(ILogger<DialogRunner> logger)
{
    public Task<DialogTurnResult> RunAsync(
        ITurnContext turn, DialogSet dialogs, string rootDialogId, DialogStateStore store, string stateKey, CancellationToken cancellationToken) =>
        RunAsync(turn, dialogs, rootDialogId, store, stateKey, null, cancellationToken);

    /// <param name="rootOptions">Options for the root dialog when it is begun (not when continued).</param>
    /// <exception cref="StateConflictException">
    /// Another turn saved the same key meanwhile. This turn's stack changes were not saved, though its
    /// messages were sent; the caller may run the turn again.
    /// </exception>
    public async Task<DialogTurnResult> RunAsync(
        ITurnContext turn, DialogSet dialogs, string rootDialogId, DialogStateStore store, string stateKey, System.Text.Json.JsonElement? rootOptions,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        ArgumentNullException.ThrowIfNull(store);
        var (state, eTag) = await store.LoadAsync(stateKey, cancellationToken).ConfigureAwait(false);
        var context = dialogs.CreateContext(turn, state);
        var result = await context.ContinueDialogAsync(cancellationToken).ConfigureAwait(false);
        if (result.Status == DialogTurnStatus.Empty)
        {
            result = await context.BeginDialogAsync(rootDialogId, rootOptions, cancellationToken).ConfigureAwait(false);
        }

        await store.SaveAsync(stateKey, state, eTag, cancellationToken).ConfigureAwait(false);
        Log.TurnFinished(logger, rootDialogId, result.Status, state.Stack.Count);
        return result;
    }

    /// <summary>Ends whatever the person was in the middle of under <paramref name="stateKey"/>.</summary>
    public async Task<DialogTurnResult> CancelAsync(
        ITurnContext turn, DialogSet dialogs, DialogStateStore store, string stateKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        ArgumentNullException.ThrowIfNull(store);
        var (state, eTag) = await store.LoadAsync(stateKey, cancellationToken).ConfigureAwait(false);
        var result = await dialogs.CreateContext(turn, state).CancelAllAsync(cancellationToken).ConfigureAwait(false);
        if (result.Status == DialogTurnStatus.Cancelled)
        {
            await store.SaveAsync(stateKey, state, eTag, cancellationToken).ConfigureAwait(false);
        }

        return result;
    }
}
