using System.Text.Json.Nodes;

namespace CjmBot.Cards.Elements;

/// <summary>
/// A TextBlock for the bot's own words. Markdown in it is live, so it must never carry a participant's
/// text unescaped: use <see cref="RichText"/> for that.
/// </summary>
public sealed record TextBlock(string Text) : CardElement
{
    public bool Heading { get; init; }
    public TextSize? Size { get; init; }
    public bool Bold { get; init; }
    public bool Subtle { get; init; }
    public TextColor? Color { get; init; }

    protected override string TypeName => "TextBlock";

    protected override void WriteProperties(JsonObject json)
    {
        json["text"] = Text;
        json["wrap"] = true;
        if (Heading)
        {
            json["style"] = "heading";
        }

        if (Size is { } size)
        {
            json["size"] = size.ToString();
        }

        if (Bold)
        {
            json["weight"] = "Bolder";
        }

        if (Subtle)
        {
            json["isSubtle"] = true;
        }

        if (Color is { } color)
        {
            json["color"] = color.ToString();
        }
    }
}

/// <summary>Text runs are not markdown-processed: the safe home for anything a participant wrote.</summary>
public sealed record RichText(IReadOnlyList<TextRun> Inlines) : CardElement
{
    public RichText(params TextRun[] inlines)
        : this((IReadOnlyList<TextRun>)inlines)
    {
    }

    protected override string TypeName => "RichTextBlock";

    protected override void WriteProperties(JsonObject json) =>
        json["inlines"] = Array(Inlines, run => run.ToJson());
}

public sealed record TextRun(string Text)
{
    public bool Bold { get; init; }
    public bool Italic { get; init; }
    public bool Subtle { get; init; }
    public TextColor? Color { get; init; }

    public JsonObject ToJson()
    {
        var json = new JsonObject { ["type"] = "TextRun", ["text"] = ParticipantText.Clean(Text) };
        if (Bold)
        {
            json["weight"] = "Bolder";
        }

        if (Italic)
        {
            json["italic"] = true;
        }

        if (Subtle)
        {
            json["isSubtle"] = true;
        }

        if (Color is { } color)
        {
            json["color"] = color.ToString();
        }

        return json;
    }
}

public sealed record FactSet(IReadOnlyList<Fact> Facts) : CardElement
{
    protected override string TypeName => "FactSet";

    protected override void WriteProperties(JsonObject json) =>
        json["facts"] = Array(Facts, fact => new JsonObject { ["title"] = fact.Title, ["value"] = fact.Value });
}

/// <summary>A fact line; both sides are markdown, so only the bot's own words belong here.</summary>
public sealed record Fact(string Title, string Value);
