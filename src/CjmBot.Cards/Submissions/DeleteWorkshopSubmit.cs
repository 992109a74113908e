using System.Text.Json;
using System.Text.Json.Nodes;

namespace CjmBot.Cards.Submissions;

/// <summary>
/// The answer to "delete this workshop?": confirm or cancel, naming the workshop the question was about, so a
/// confirmation can never delete a different workshop than the one it showed.
/// </summary>
public sealed record DeleteWorkshopSubmit(string WorkshopId, bool Confirm) : ICardSubmission
{
    public const string ConfirmVerb = "workshop.delete.confirm";
    public const string CancelVerb = "workshop.delete.cancel";

    public static IReadOnlyList<string> Verbs { get; } = [ConfirmVerb, CancelVerb];

    public string Verb => Confirm ? ConfirmVerb : CancelVerb;

    public void WriteData(JsonObject data) => data["workshopId"] = WorkshopId;

    public static DeleteWorkshopSubmit? Read(string verb, JsonElement data) =>
        Verbs.Contains(verb) && CardSubmissions.ReadString(data, "workshopId") is { Length: > 0 } workshopId
            ? new DeleteWorkshopSubmit(workshopId, verb == ConfirmVerb)
            : null;
}
