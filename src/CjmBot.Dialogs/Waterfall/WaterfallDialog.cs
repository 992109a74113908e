using System.Text.Json.Nodes;

namespace CjmBot.Dialogs.Waterfall;

/// <summary>
/// A fixed sequence of steps. The next step runs when the person answers (text or a card action) or
/// when a child dialog ends. The version is <c>{Id}:{step count}</c>: a stored position from a
/// definition with another number of steps is restarted from step 0, never resumed at a wrong step.
/// </summary>
public sealed class WaterfallDialog : Dialog
{
    internal const string StepKey = "step";
    internal const string ValuesKey = "values";

    private readonly WaterfallStep[] _steps;

    public WaterfallDialog(string id, IEnumerable<WaterfallStep> steps)
        : base(id)
    {
        ArgumentNullException.ThrowIfNull(steps);
        _steps = [.. steps];
        if (_steps.Length == 0)
        {
            throw new ArgumentException("A waterfall needs at least one step.", nameof(steps));
        }
    }

    public override string Version => $"{Id}:{_steps.Length}";

    public override Task<DialogTurnResult> BeginAsync(DialogContext context, JsonNode? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var frame = context.RequireActiveFrame();
        frame.State[ValuesKey] = new JsonObject();
        return RunStepAsync(context, frame, 0, null, cancellationToken);
    }

    /// <summary>The person's answer goes to the next step; activities without an answer leave the position alone.</summary>
    public override Task<DialogTurnResult> ContinueAsync(DialogContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Input.IsEmpty)
        {
            return Task.FromResult(DialogTurnResult.EndOfTurn);
        }

        var frame = context.RequireActiveFrame();
        var text = context.Input.Text is { } typed ? JsonValue.Create(typed) : null;
        return RunStepAsync(context, frame, StepIndex(frame) + 1, text, cancellationToken);
    }

    public override Task<DialogTurnResult> ResumeAsync(DialogContext context, JsonNode? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var frame = context.RequireActiveFrame();
        return RunStepAsync(context, frame, StepIndex(frame) + 1, result, cancellationToken);
    }

    internal Task<DialogTurnResult> RunStepAsync(DialogContext context, DialogFrame frame, int index, JsonNode? result, CancellationToken cancellationToken)
    {
        if (index >= _steps.Length)
        {
            return context.EndDialogAsync(result, cancellationToken);
        }

        frame.State[StepKey] = index;
        Log.WaterfallStep(context.Dialogs.Logger, Id, index);
        return _steps[index](new WaterfallStepContext(this, context, frame, index, result), cancellationToken);
    }

    private static int StepIndex(DialogFrame frame) => frame.State[StepKey]?.GetValue<int>() ?? 0;
}
