using System.Text.Json;
using System.Text.Json.Nodes;

namespace CjmBot.Cards.Submissions;

/// <summary>
/// What a card button sends back. Each verb is one record: its name, the data it writes into the card
/// and how that data is read back, all in one place.
/// </summary>
public interface ICardSubmission
{
    string Verb { get; }

    /// <summary>The button's own data, without the verb (added by <see cref="CardSubmissions.ToData"/>).</summary>
    void WriteData(JsonObject data);
}

public static class CardSubmissions
{
    /// <summary>The data property that names the verb in an <c>Action.Submit</c>.</summary>
    public const string VerbProperty = "verb";

    public static JsonObject ToData(ICardSubmission submission)
    {
        var data = new JsonObject { [VerbProperty] = submission.Verb };
        submission.WriteData(data);
        return data;
    }

    /// <summary>Reads an input or data value as text (clients send inputs as strings, some send numbers and booleans raw).</summary>
    public static string? ReadString(JsonElement data, string property) =>
        data.ValueKind == JsonValueKind.Object && data.TryGetProperty(property, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
                _ => null,
            }
            : null;
}
