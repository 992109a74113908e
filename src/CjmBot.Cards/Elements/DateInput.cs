using System.Globalization;
using System.Text.Json.Nodes;

namespace CjmBot.Cards.Elements;

/// <summary><c>Input.Date</c>: clients send the chosen date as <c>yyyy-MM-dd</c>.</summary>
public sealed record DateInput(string InputId, string Label) : InputElement(InputId, Label)
{
    public DateOnly? Value { get; init; }
    public DateOnly? Min { get; init; }

    protected override string TypeName => "Input.Date";

    protected override void WriteInputProperties(JsonObject json)
    {
        if (Value is { } value)
        {
            json["value"] = value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        if (Min is { } min)
        {
            json["min"] = min.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
    }
}
