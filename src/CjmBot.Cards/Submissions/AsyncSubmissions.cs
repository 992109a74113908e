using System.Text.Json;
using System.Text.Json.Nodes;

namespace CjmBot.Cards.Submissions;

/// <summary>What a button of the personal-chat sequence does.</summary>
public enum AsyncStep
{
    Start,
    Answer,
    Skip,
    Back,
    Later,
}

/// <summary>
/// A button of an invitation or of a personal-chat question. It names the workshop, so a person in several
/// workshops' sequences answers the one the card was about; the bot checks it against their invitation.
/// </summary>
public sealed record AsyncSubmit(AsyncStep Step, string WorkshopId) : ICardSubmission
{
    public static IReadOnlyList<string> Verbs { get; } = Enum.GetValues<AsyncStep>().Select(VerbOf).ToList();

    public string Verb => VerbOf(Step);

    public void WriteData(JsonObject data) => data["workshopId"] = WorkshopId;

    public static string VerbOf(AsyncStep step) => "async." + step.ToString().ToLowerInvariant();

    public static AsyncSubmit? Read(string verb, JsonElement data) =>
        Enum.GetValues<AsyncStep>().Where(step => VerbOf(step) == verb).Select(step => (AsyncStep?)step).FirstOrDefault() is { } found
        && CardSubmissions.ReadString(data, "workshopId") is { Length: > 0 } workshopId
            ? new AsyncSubmit(found, workshopId)
            : null;
}
