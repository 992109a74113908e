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

    public static string? ReadString(JsonElement data, string property) =>
        data.ValueKind == JsonValueKind.Object && data.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
