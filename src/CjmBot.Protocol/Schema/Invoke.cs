using System.Text.Json;
using System.Text.Json.Nodes;

namespace CjmBot.Protocol.Schema;

/// <summary>
/// The result of an invoke turn. On the wire the HTTP status is <see cref="Status"/> and the HTTP body is
/// <see cref="Body"/>; this pair only exists inside the process.
/// </summary>
public sealed record InvokeResponse(int Status, JsonNode? Body = null);

/// <summary><c>value</c> of an <c>adaptiveCard/action</c> invoke (Universal Actions).</summary>
public sealed class AdaptiveCardInvokeValue
{
    public AdaptiveCardInvokeAction? Action { get; set; }
    public string? Trigger { get; set; }
}

public sealed class AdaptiveCardInvokeAction
{
    public string? Type { get; set; }
    public string? Id { get; set; }
    public string? Verb { get; set; }
    public string? Title { get; set; }
    public JsonElement? Data { get; set; }
}

/// <summary>Body of the HTTP 200 answer to <c>adaptiveCard/action</c>: <c>{statusCode, type, value}</c>.</summary>
public sealed class AdaptiveCardInvokeResponse
{
    public const string CardType = "application/vnd.microsoft.card.adaptive";
    public const string MessageType = "application/vnd.microsoft.activity.message";
    public const string ErrorType = "application/vnd.microsoft.error";

    public int StatusCode { get; set; } = 200;
    public string Type { get; set; } = MessageType;
    public JsonNode? Value { get; set; }

    /// <summary>The wire body: <c>{"statusCode":…,"type":…,"value":…}</c>.</summary>
    public JsonObject ToJson() => new()
    {
        ["statusCode"] = StatusCode,
        ["type"] = Type,
        ["value"] = Value?.DeepClone(),
    };

    public static AdaptiveCardInvokeResponse Card(JsonObject card) => new() { Type = CardType, Value = card };

    public static AdaptiveCardInvokeResponse Message(string text) => new() { Type = MessageType, Value = JsonValue.Create(text) };

    public static AdaptiveCardInvokeResponse Error(int statusCode, string code, string message) => new()
    {
        StatusCode = statusCode,
        Type = ErrorType,
        Value = new JsonObject { ["code"] = code, ["message"] = message },
    };
}
