using System.Text.Json.Nodes;

namespace CjmBot.Cards.Elements;

/// <summary>
/// The card root. Always version 1.5: Teams renders bot cards up to 1.5, and a 1.6 card is not shown at all.
/// </summary>
public sealed record AdaptiveCard(IReadOnlyList<CardElement> Body)
{
    public const string Version = "1.5";

    /// <summary>Shown by clients that cannot render the card, and in notifications.</summary>
    public required string FallbackText { get; init; }

    /// <summary>Two-letter language of the card (<c>en</c>, <c>ru</c>): a hint for screen readers. Renderers reject regions.</summary>
    public required string Lang { get; init; }

    /// <summary>Immersive Reader summary.</summary>
    public string? Speak { get; init; }

    public bool FullWidth { get; init; }

    /// <summary>Universal Actions refresh: Teams invokes this action (trigger "automatic") for these users when they view the card (at most 60).</summary>
    public (ExecuteAction Action, IReadOnlyList<string> UserIds)? Refresh { get; init; }

    public JsonObject ToJson()
    {
        var json = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = Version,
            ["lang"] = Lang,
            ["fallbackText"] = FallbackText,
        };
        if (Speak is not null)
        {
            json["speak"] = Speak;
        }

        if (FullWidth)
        {
            json["msteams"] = new JsonObject { ["width"] = "Full" };
        }

        if (Refresh is { } refresh)
        {
            json["refresh"] = new JsonObject
            {
                ["action"] = refresh.Action.ToJson(),
                ["userIds"] = new JsonArray(refresh.UserIds.Take(60).Select(id => (JsonNode)JsonValue.Create(id)!).ToArray()),
            };
        }

        json["body"] = new JsonArray(Body.Select(element => (JsonNode)element.ToJson()).ToArray());
        return json;
    }
}
