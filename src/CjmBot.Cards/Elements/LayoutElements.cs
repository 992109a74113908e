using System.Text.Json.Nodes;

namespace CjmBot.Cards.Elements;

public sealed record Container(IReadOnlyList<CardElement> Items) : CardElement
{
    public ContainerStyle? Style { get; init; }
    public ActionElement? SelectAction { get; init; }

    protected override string TypeName => "Container";

    protected override void WriteProperties(JsonObject json)
    {
        if (Style is { } style)
        {
            json["style"] = style.ToString().ToLowerInvariant();
        }

        if (SelectAction is not null)
        {
            json["selectAction"] = SelectAction.ToJson();
        }

        json["items"] = Array(Items, item => item.ToJson());
    }
}

/// <summary>At most three columns: Teams mobile has no horizontal scrolling and columns never wrap.</summary>
public sealed record ColumnSet(IReadOnlyList<Column> Columns) : CardElement
{
    public const int MaxColumns = 3;

    protected override string TypeName => "ColumnSet";

    protected override void WriteProperties(JsonObject json)
    {
        if (Columns.Count > MaxColumns)
        {
            throw new InvalidOperationException($"A ColumnSet holds at most {MaxColumns} columns.");
        }

        json["columns"] = Array(Columns, column => column.ToJson());
    }
}

public sealed record Column(IReadOnlyList<CardElement> Items)
{
    /// <summary><c>auto</c>, <c>stretch</c> or a weight such as <c>2</c>.</summary>
    public string Width { get; init; } = "stretch";
    public string? VerticalContentAlignment { get; init; }

    public JsonObject ToJson()
    {
        var json = new JsonObject { ["type"] = "Column", ["width"] = Width };
        if (VerticalContentAlignment is not null)
        {
            json["verticalContentAlignment"] = VerticalContentAlignment;
        }

        json["items"] = new JsonArray(Items.Select(item => (JsonNode)item.ToJson()).ToArray());
        return json;
    }
}

public sealed record ActionSet(IReadOnlyList<ActionElement> Actions) : CardElement
{
    public ActionSet(params ActionElement[] actions)
        : this((IReadOnlyList<ActionElement>)actions)
    {
    }

    protected override string TypeName => "ActionSet";

    protected override void WriteProperties(JsonObject json) =>
        json["actions"] = Array(Actions, action => action.ToJson());
}
