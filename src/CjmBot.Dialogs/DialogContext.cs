using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CjmBot.Protocol.Turns;

namespace CjmBot.Dialogs;

/// <summary>
/// One turn over one person's dialog stack (index 0 is the top). It changes the stack in place; the
/// caller saves the <see cref="DialogState"/> when the turn is done.
/// </summary>
public sealed class DialogContext
{
    private readonly DialogState _state;

    internal DialogContext(DialogSet dialogs, ITurnContext turn, DialogState state)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(state);
        Dialogs = dialogs;
        Turn = turn;
        _state = state;
        Input = StepInput.From(turn.Activity);
    }

    public ITurnContext Turn { get; }

    public DialogSet Dialogs { get; }

    /// <summary>What the person answered in this turn, if anything.</summary>
    public StepInput Input { get; }

    public IReadOnlyList<DialogFrame> Stack => _state.Stack;

    public DialogFrame? ActiveFrame => _state.Stack.Count > 0 ? _state.Stack[0] : null;

    /// <summary>Pushes a frame for <paramref name="dialogId"/> and starts it.</summary>
    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, JsonElement? options, CancellationToken cancellationToken)
    {
        var dialog = Require(dialogId);
        _state.Stack.Insert(0, new DialogFrame(dialog.Id, dialog.Version, options));
        Log.DialogBegun(Dialogs.Logger, dialog.Id, _state.Stack.Count);
        return dialog.BeginAsync(this, cancellationToken);
    }

    /// <summary>Pushes a frame for <paramref name="dialogId"/> begun with typed options, and starts it.</summary>
    public Task<DialogTurnResult> BeginDialogAsync<TOptions>(string dialogId, TOptions options, JsonTypeInfo<TOptions> optionsType, CancellationToken cancellationToken) =>
        BeginDialogAsync(dialogId, JsonSerializer.SerializeToElement(options, optionsType), cancellationToken);

    /// <summary>The options the dialog on top was begun with, as its own record (default when there were none).</summary>
    public T? GetOptions<T>(JsonTypeInfo<T> optionsType) => Read(RequireActiveFrame().Options, optionsType);

    /// <summary>The state the dialog on top saved last (default before its first save).</summary>
    public T? GetState<T>(JsonTypeInfo<T> stateType) => Read(RequireActiveFrame().State, stateType);

    /// <summary>Replaces the state of the dialog on top; saved with the stack at the end of the turn.</summary>
    public void SetState<T>(T state, JsonTypeInfo<T> stateType) =>
        _state.Stack[0] = RequireActiveFrame() with { State = JsonSerializer.SerializeToElement(state, stateType) };

    /// <summary>
    /// Hands the turn to the dialog on top. A stack holding a frame from an older definition is cut back
    /// and that dialog restarted from its beginning, because the frames above it assumed the old steps.
    /// </summary>
    public async Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken)
    {
        if (await RestartStaleFrameAsync(cancellationToken).ConfigureAwait(false) is { } restarted)
        {
            return restarted;
        }

        if (ActiveFrame is not { } frame)
        {
            return DialogTurnResult.Empty;
        }

        return await Require(frame.DialogId).ContinueAsync(this, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Pops the dialog on top and resumes its parent with <paramref name="result"/>, or completes the stack.</summary>
    public Task<DialogTurnResult> EndDialogAsync(JsonElement? result, CancellationToken cancellationToken)
    {
        if (ActiveFrame is { } ended)
        {
            _state.Stack.RemoveAt(0);
            Log.DialogEnded(Dialogs.Logger, ended.DialogId, _state.Stack.Count);
        }

        return ActiveFrame is { } parent
            ? Require(parent.DialogId).ResumeAsync(this, result, cancellationToken)
            : Task.FromResult(new DialogTurnResult(DialogTurnStatus.Complete, result));
    }

    /// <summary>Empties the stack. Cancelled when something was active, Empty otherwise.</summary>
    public Task<DialogTurnResult> CancelAllAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (_state.Stack.Count == 0)
        {
            return Task.FromResult(DialogTurnResult.Empty);
        }

        Log.DialogsCancelled(Dialogs.Logger, _state.Stack[^1].DialogId, _state.Stack.Count);
        _state.Stack.Clear();
        return Task.FromResult(new DialogTurnResult(DialogTurnStatus.Cancelled));
    }

    private DialogFrame RequireActiveFrame() =>
        ActiveFrame ?? throw new InvalidOperationException("No dialog is active.");

    private static T? Read<T>(JsonElement? json, JsonTypeInfo<T> type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return json is { ValueKind: not JsonValueKind.Null and not JsonValueKind.Undefined } element ? element.Deserialize(type) : default;
    }

    private Dialog Require(string dialogId) =>
        Dialogs.Find(dialogId) ?? throw new InvalidOperationException($"No dialog with the id '{dialogId}' is registered.");

    private async Task<DialogTurnResult?> RestartStaleFrameAsync(CancellationToken cancellationToken)
    {
        for (var i = _state.Stack.Count - 1; i >= 0; i--)
        {
            var frame = _state.Stack[i];
            var dialog = Dialogs.Find(frame.DialogId);
            if (dialog is not null && dialog.Version == frame.Version)
            {
                continue;
            }

            if (dialog is null)
            {
                // Nothing can be resumed under a dialog that no longer exists: start over from the root.
                Log.UnknownDialogDropped(Dialogs.Logger, frame.DialogId, _state.Stack.Count);
                _state.Stack.Clear();
                return null;
            }

            Log.StaleFrameRestarted(Dialogs.Logger, frame.DialogId, frame.Version, dialog.Version);
            _state.Stack.RemoveRange(0, i + 1);
            return await BeginDialogAsync(dialog.Id, frame.Options, cancellationToken).ConfigureAwait(false);
        }

        return null;
    }
}
