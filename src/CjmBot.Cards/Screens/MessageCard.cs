using System.Text.Json.Nodes;
using CjmBot.Cards.Elements;
using CjmBot.Workshops;

namespace CjmBot.Cards.Screens;

/// <summary>A card that only says something (replaces a form after it was used or cancelled).</summary>
public static class MessageCard
{
    public static JsonObject Create(string text, Language language) =>
        new AdaptiveCard([new TextBlock(text)]) { FallbackText = text, Lang = language.Code() }.ToJson();
}
