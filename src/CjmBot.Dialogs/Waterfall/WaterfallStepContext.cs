using System.Text.Json.Nodes;
using CjmBot.Protocol.Turns;

namespace CjmBot.Dialogs.Waterfall;

/// <summary>What one waterfall step sees: its position, the options, the previous result and the values kept across steps.</summary>
public sealed class WaterfallStepContext
{
    private readonly WaterfallDialog _dialog;
    private readonly DialogFrame _frame;
    private bool _moved;

    internal WaterfallStepContext(WaterfallDialog dialog, DialogContext context, DialogFrame frame, int index, JsonNode? result)
    {
        _dialog = dialog;
        _frame = frame;
        Context = context;
        Index = index;
        Result = result;
    }

    public DialogContext Context { get; }

    public ITurnContext Turn => Context.Turn;

    public int Index { get; }

    /// <summary>The options the waterfall was begun with.</summary>
    public JsonNode? Options => _frame.State[DialogContext.OptionsKey];

    /// <summary>The previous step's outcome: a child dialog's result, the typed text, or what <see cref="NextAsync"/> passed.</summary>
    public JsonNode? Result { get; }

    /// <summary>What the person answered in this turn (text or a card action); empty when a child dialog ended.</summary>
    public StepInput Input => Context.Input;

    /// <summary>Values the steps keep for each other; saved with the frame.</summary>
    public JsonObject Values => (JsonObject)_frame.State[WaterfallDialog.ValuesKey]!;

    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, JsonNode? options, CancellationToken cancellationToken) =>
        Context.BeginDialogAsync(dialogId, options, cancellationToken);

    /// <summary>Runs the next step now, without waiting for the person.</summary>
    public Task<DialogTurnResult> NextAsync(JsonNode? result, CancellationToken cancellationToken)
    {
        MoveOnce();
        return _dialog.RunStepAsync(Context, _frame, Index + 1, result, cancellationToken);
    }

    /// <summary>Ends the waterfall with <paramref name="result"/>, skipping any steps left.</summary>
    public Task<DialogTurnResult> EndAsync(JsonNode? result, CancellationToken cancellationToken)
    {
        MoveOnce();
        return Context.EndDialogAsync(result, cancellationToken);
    }

    private void MoveOnce()
    {
        if (_moved)
        {
            throw new InvalidOperationException($"Step {Index} of '{_dialog.Id}' already moved on.");
        }

        _moved = true;
    }
}
