using System.Text.Json;
using System.Text.Json.Nodes;
using CjmBot.Protocol.Schema;
using CjmBot.Protocol.Serialization;

namespace CjmBot.Protocol.Routing;

/// <summary>
/// A click on an Adaptive Card button, whichever way it arrived: <c>Action.Execute</c> (an
/// <c>adaptiveCard/action</c> invoke) or <c>Action.Submit</c> (a message whose value carries
/// <see cref="VerbProperty"/>). <see cref="Data"/> is the button's data merged with the card's inputs.
/// </summary>
public sealed record CardAction(string Verb, JsonElement Data, bool IsExecute, string? CardActivityId)
{
    /// <summary>The data property an <c>Action.Submit</c> names its verb in.</summary>
    public const string VerbProperty = "verb";

    public string? GetString(string property) =>
        Data.ValueKind == JsonValueKind.Object && Data.TryGetProperty(property, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
                _ => null,
            }
            : null;

    /// <summary>Reads the card action an activity carries, or null when it carries none.</summary>
    public static CardAction? TryRead(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Type == ActivityTypes.Invoke && activity.Name == InvokeNames.AdaptiveCardAction && activity.Value is { } invokeValue)
        {
            var value = ProtocolJson.Deserialize<AdaptiveCardInvokeValue>(invokeValue);
            var data = value?.Action?.Data ?? default;
            return new CardAction(value?.Action?.Verb ?? "", data, IsExecute: true, activity.ReplyToId);
        }

        if (activity.Type == ActivityTypes.Message
            && activity.Value is { ValueKind: JsonValueKind.Object } submitted
            && submitted.TryGetProperty(VerbProperty, out var verb)
            && verb.ValueKind == JsonValueKind.String)
        {
            return new CardAction(verb.GetString()!, submitted, IsExecute: false, activity.ReplyToId);
        }

        return null;
    }
}

/// <summary>
/// What a card action does in answer. Execute gets it in the invoke response (a card there replaces the card for the
/// clicking user only); Submit gets the same effect by a message, or, only for <see cref="ReplaceCheckedCard"/>, by
/// replacing the card message for everyone. <see cref="FollowUp"/> runs after the answer is given (posts for the group),
/// so the clicker is answered first.
/// </summary>
public sealed class CardActionResult
{
    private CardActionResult(JsonObject? card, string? message, int statusCode, string? errorCode, bool replacesMessage)
    {
        Card = card;
        Message = message;
        StatusCode = statusCode;
        ErrorCode = errorCode;
        ReplacesMessage = replacesMessage;
    }

    /// <summary>The card to show the clicker instead (Execute), or to post (Submit) unless <see cref="ReplacesMessage"/>.</summary>
    public JsonObject? Card { get; }

    public string? Message { get; }

    public int StatusCode { get; }

    public string? ErrorCode { get; }

    /// <summary>
    /// Submit replaces the message the click came from, for everyone. Only for a card its handler checked to be of the
    /// kind its verb belongs to: a forged click names any message.
    /// </summary>
    public bool ReplacesMessage { get; }

    public Func<CancellationToken, Task>? FollowUp { get; private init; }

    public bool IsError => StatusCode >= 400;

    /// <summary>The clicker's card changes (Execute); with Submit, which cannot answer one person, the card is posted.</summary>
    public static CardActionResult ReplaceCard(JsonObject card) => new(card, null, 200, null, replacesMessage: false);

    /// <summary>The card message itself changes, also for everyone with Submit: the handler checked the card's kind.</summary>
    public static CardActionResult ReplaceCheckedCard(JsonObject card) => new(card, null, 200, null, replacesMessage: true);

    public static CardActionResult ShowMessage(string message) => new(null, message, 200, null, replacesMessage: false);

    public static CardActionResult Error(int statusCode, string errorCode, string message) => new(null, message, statusCode, errorCode, replacesMessage: false);

    /// <summary>The same answer, then <paramref name="followUp"/>.</summary>
    public CardActionResult Then(Func<CancellationToken, Task> followUp) =>
        new(Card, Message, StatusCode, ErrorCode, ReplacesMessage) { FollowUp = followUp };
}
