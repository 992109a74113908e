using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;

namespace CjmBot.Dialogs.Prompts;

/// <summary>
/// Asks one question and ends with the recognized answer. Answers come as typed text or, from a card,
/// as the <see cref="CardField"/> of the action's data. After <see cref="MaxAttempts"/> answers it cannot
/// accept, it ends with a null result so the parent decides what happens next.
/// </summary>
public abstract class Prompt<T> : Dialog
{
    private const string AttemptsKey = "attempts";

    private readonly PromptSender _send;

    protected Prompt(string id, PromptSender send)
        : base(id)
    {
        ArgumentNullException.ThrowIfNull(send);
        _send = send;
    }

    /// <summary>How many unaccepted answers end the prompt; null keeps asking.</summary>
    public int? MaxAttempts { get; init; }

    public PromptValidator<T>? Validator { get; init; }

    /// <summary>The card data field read as the answer when a card action arrives instead of text.</summary>
    public string CardField { get; init; } = "value";

    public override async Task<DialogTurnResult> BeginAsync(DialogContext context, JsonNode? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RequireActiveFrame().State[AttemptsKey] = 0;
        await _send(new PromptRequest(context.Turn, Id, options, 0), cancellationToken).ConfigureAwait(false);
        return DialogTurnResult.EndOfTurn;
    }

    public override async Task<DialogTurnResult> ContinueAsync(DialogContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Input.IsEmpty)
        {
            return DialogTurnResult.EndOfTurn;
        }

        var frame = context.RequireActiveFrame();
        var options = frame.State[DialogContext.OptionsKey];
        var attempt = (frame.State[AttemptsKey]?.GetValue<int>() ?? 0) + 1;
        if (context.Input.TextOrCardField(CardField) is { } text
            && TryRecognize(text.Trim(), options, out var value)
            && (Validator is null || await Validator(new PromptValidation<T>(context.Turn, value, options, attempt), cancellationToken).ConfigureAwait(false)))
        {
            Log.PromptRecognized(context.Dialogs.Logger, Id, attempt);
            return await context.EndDialogAsync(ToResult(value), cancellationToken).ConfigureAwait(false);
        }

        frame.State[AttemptsKey] = attempt;
        if (attempt >= MaxAttempts)
        {
            Log.PromptGaveUp(context.Dialogs.Logger, Id, attempt);
            return await context.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        Log.PromptRetry(context.Dialogs.Logger, Id, attempt);
        await _send(new PromptRequest(context.Turn, Id, options, attempt), cancellationToken).ConfigureAwait(false);
        return DialogTurnResult.EndOfTurn;
    }

    /// <summary>A dialog started on top of the prompt has ended: put the question again.</summary>
    public override async Task<DialogTurnResult> ResumeAsync(DialogContext context, JsonNode? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var frame = context.RequireActiveFrame();
        var attempts = frame.State[AttemptsKey]?.GetValue<int>() ?? 0;
        await _send(new PromptRequest(context.Turn, Id, frame.State[DialogContext.OptionsKey], attempts), cancellationToken).ConfigureAwait(false);
        return DialogTurnResult.EndOfTurn;
    }

    /// <param name="text">The answer, trimmed.</param>
    protected abstract bool TryRecognize(string text, JsonNode? options, [MaybeNullWhen(false)] out T value);

    protected abstract JsonNode ToResult(T value);
}
