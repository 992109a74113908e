using System.Text.Json.Nodes;

namespace CjmBot.Cards.Elements;

/// <summary>Inputs always carry a label (screen readers, and Teams validates them) and, when required, an error message.</summary>
public abstract record InputElement(string InputId, string Label) : CardElement
{
    public bool IsRequired { get; init; }
    public string? ErrorMessage { get; init; }

    protected override void WriteProperties(JsonObject json)
    {
        json["id"] = InputId;
        json["label"] = Label;
        if (IsRequired)
        {
            json["isRequired"] = true;
            json["errorMessage"] = ErrorMessage ?? Label;
        }

        WriteInputProperties(json);
    }

    protected abstract void WriteInputProperties(JsonObject json);
}

public sealed record TextInput(string InputId, string Label) : InputElement(InputId, Label)
{
    public string? Placeholder { get; init; }
    public string? Value { get; init; }
    public bool IsMultiline { get; init; }
    /// <summary>
    /// A client-side cap, which clients enforce by cutting a paste silently: only for short fields (titles), never for an
    /// answer, whose limit the server says in words (<c>AnswerRules.MaxLength</c>).
    /// </summary>
    public int? MaxLength { get; init; }

    protected override string TypeName => "Input.Text";

    protected override void WriteInputProperties(JsonObject json)
    {
        if (Placeholder is not null)
        {
            json["placeholder"] = Placeholder;
        }

        if (Value is not null)
        {
            json["value"] = Value;
        }

        if (IsMultiline)
        {
            json["isMultiline"] = true;
        }

        if (MaxLength is { } maxLength)
        {
            json["maxLength"] = maxLength;
        }
    }
}

public sealed record ChoiceInput(string InputId, string Label, IReadOnlyList<Choice> Choices) : InputElement(InputId, Label)
{
    public bool Expanded { get; init; }
    public bool IsMultiSelect { get; init; }
    public string? Value { get; init; }
    public string? Placeholder { get; init; }

    protected override string TypeName => "Input.ChoiceSet";

    protected override void WriteInputProperties(JsonObject json)
    {
        json["choices"] = Array(Choices, choice => new JsonObject { ["title"] = choice.Title, ["value"] = choice.Value });
        json["style"] = Expanded ? "expanded" : "compact";
        json["wrap"] = true;
        if (IsMultiSelect)
        {
            json["isMultiSelect"] = true;
        }

        if (Value is not null)
        {
            json["value"] = Value;
        }

        if (Placeholder is not null)
        {
            json["placeholder"] = Placeholder;
        }
    }
}

public sealed record Choice(string Title, string Value);

public sealed record ToggleInput(string InputId, string Label, string Title) : InputElement(InputId, Label)
{
    public bool Value { get; init; }

    protected override string TypeName => "Input.Toggle";

    protected override void WriteInputProperties(JsonObject json)
    {
        json["title"] = Title;
        json["value"] = Value ? "true" : "false";
        json["valueOn"] = "true";
        json["valueOff"] = "false";
        json["wrap"] = true;
    }
}

public sealed record NumberInput(string InputId, string Label) : InputElement(InputId, Label)
{
    public int? Min { get; init; }
    public int? Max { get; init; }
    public int? Value { get; init; }
    public string? Placeholder { get; init; }

    protected override string TypeName => "Input.Number";

    protected override void WriteInputProperties(JsonObject json)
    {
        if (Min is { } min)
        {
            json["min"] = min;
        }

        if (Max is { } max)
        {
            json["max"] = max;
        }

        if (Value is { } value)
        {
            json["value"] = value;
        }

        if (Placeholder is not null)
        {
            json["placeholder"] = Placeholder;
        }
    }
}
