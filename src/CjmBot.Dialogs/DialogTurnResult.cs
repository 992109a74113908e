using System.Text.Json;

namespace CjmBot.Dialogs;

public enum DialogTurnStatus
{
    /// <summary>No dialog was active.</summary>
    Empty,

    /// <summary>A dialog is waiting for the person's next input.</summary>
    Waiting,

    /// <summary>The last dialog on the stack ended; its result is in <see cref="DialogTurnResult.Result"/>.</summary>
    Complete,

    /// <summary>The stack was cancelled.</summary>
    Cancelled,
}

/// <summary>Where a person's dialog stack stands after a turn.</summary>
public sealed record DialogTurnResult(DialogTurnStatus Status, JsonElement? Result = null)
{
    public static DialogTurnResult Empty { get; } = new(DialogTurnStatus.Empty);

    /// <summary>What a dialog returns after asking something: the turn ends, the stack stays.</summary>
    public static DialogTurnResult EndOfTurn { get; } = new(DialogTurnStatus.Waiting);
}
