using System.Text.Json.Nodes;

namespace CjmBot.Cards.Elements;

/// <summary>
/// The handful of Adaptive Card elements the bot uses, as small typed builders. Each writes its own JSON;
/// text goes into JSON values, never into JSON text, so nothing a participant types can break a card.
/// </summary>
public abstract record CardElement
{
    public string? Id { get; init; }
    public bool Separator { get; init; }
    public Spacing? Spacing { get; init; }
    public bool? IsVisible { get; init; }

    public JsonObject ToJson()
    {
        var json = new JsonObject { ["type"] = TypeName };
        if (Id is not null)
        {
            json["id"] = Id;
        }

        WriteProperties(json);
        if (Separator)
        {
            json["separator"] = true;
        }

        if (Spacing is { } spacing)
        {
            json["spacing"] = spacing.ToString();
        }

        if (IsVisible is { } visible)
        {
            json["isVisible"] = visible;
        }

        return json;
    }

    protected abstract string TypeName { get; }

    protected abstract void WriteProperties(JsonObject json);

    protected static JsonArray Array<T>(IEnumerable<T> items, Func<T, JsonNode> write) => new(items.Select(write).ToArray());
}

public enum Spacing
{
    None,
    Small,
    Default,
    Medium,
    Large,
    ExtraLarge,
}

public enum TextSize
{
    Small,
    Default,
    Medium,
    Large,
    ExtraLarge,
}

public enum TextColor
{
    Default,
    Dark,
    Light,
    Accent,
    Good,
    Warning,
    Attention,
}

public enum ContainerStyle
{
    Default,
    Emphasis,
    Good,
    Attention,
    Warning,
    Accent,
}
