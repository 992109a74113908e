using System.Text.Json.Nodes;
using CjmBot.Cards.Submissions;

namespace CjmBot.Cards.Elements;

public abstract record ActionElement(string Title)
{
    /// <summary>Secondary actions go to the overflow menu.</summary>
    public bool Secondary { get; init; }

    public JsonObject ToJson()
    {
        var json = new JsonObject { ["type"] = TypeName, ["title"] = Title };
        WriteProperties(json);
        if (Secondary)
        {
            json["mode"] = "secondary";
        }

        return json;
    }

    protected abstract string TypeName { get; }

    protected abstract void WriteProperties(JsonObject json);
}

/// <summary>
/// A button that sends a card submission. It is an <c>Action.Execute</c> (the bot answers with a new card
/// for the clicker) with an <c>Action.Submit</c> fallback for clients without Universal Actions; the bot
/// handles both, and both carry the verb in their data.
/// </summary>
public sealed record ExecuteAction(string Title, ICardSubmission Submission) : ActionElement(Title)
{
    /// <summary>Skip client-side validation of the card's inputs (for Cancel, Skip and the like).</summary>
    public bool IgnoreInputs { get; init; }

    protected override string TypeName => "Action.Execute";

    protected override void WriteProperties(JsonObject json)
    {
        json["verb"] = Submission.Verb;
        json["data"] = CardSubmissions.ToData(Submission);
        if (IgnoreInputs)
        {
            json["associatedInputs"] = "none";
        }

        var fallback = new JsonObject
        {
            ["type"] = "Action.Submit",
            ["title"] = Title,
            ["data"] = CardSubmissions.ToData(Submission),
        };
        if (IgnoreInputs)
        {
            fallback["associatedInputs"] = "none";
        }

        json["fallback"] = fallback;
    }
}

public sealed record ToggleVisibilityAction(string Title, IReadOnlyList<string> TargetElementIds) : ActionElement(Title)
{
    protected override string TypeName => "Action.ToggleVisibility";

    protected override void WriteProperties(JsonObject json) =>
        json["targetElements"] = new JsonArray(TargetElementIds.Select(id => (JsonNode)JsonValue.Create(id)).ToArray());
}

public sealed record OpenUrlAction(string Title, Uri Url) : ActionElement(Title)
{
    protected override string TypeName => "Action.OpenUrl";

    protected override void WriteProperties(JsonObject json) => json["url"] = Url.ToString();
}
