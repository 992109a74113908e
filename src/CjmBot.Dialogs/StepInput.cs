using CjmBot.Protocol.Routing;
using CjmBot.Protocol.Schema;

namespace CjmBot.Dialogs;

/// <summary>
/// What the person answered in this turn: typed text, or a card button (an <c>adaptiveCard/action</c>
/// invoke or an <c>Action.Submit</c> message). Any other activity carries no input and advances nothing.
/// </summary>
public sealed record StepInput(string? Text, CardAction? CardAction)
{
    public static StepInput None { get; } = new(null, null);

    public bool IsEmpty => Text is null && CardAction is null;

    /// <summary>The answer as text: the typed text, else the named field of the card's data.</summary>
    public string? TextOrCardField(string field) => Text ?? CardAction?.GetString(field);

    public static StepInput From(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (CardAction.TryRead(activity) is { } action)
        {
            return new StepInput(null, action);
        }

        // An empty message is still an answer (an empty one), so a prompt can ask again.
        return activity.Type == ActivityTypes.Message ? new StepInput(activity.RemoveRecipientMention() ?? "", null) : None;
    }
}
