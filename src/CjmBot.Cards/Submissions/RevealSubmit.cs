using System.Text.Json;
using System.Text.Json.Nodes;

namespace CjmBot.Cards.Submissions;

/// <summary>
/// The facilitator's Reveal button (on the blind round's card and on the question card while a round runs blind): every
/// blind round of the workshop it names ends, and all their answers appear at once.
/// </summary>
public sealed record RevealSubmit(string WorkshopId) : ICardSubmission
{
    public const string VerbName = "workshop.reveal";

    public string Verb => VerbName;

    public void WriteData(JsonObject data) => data["workshopId"] = WorkshopId;

    public static RevealSubmit? Read(JsonElement data) =>
        CardSubmissions.ReadString(data, "workshopId") is { Length: > 0 } workshopId ? new RevealSubmit(workshopId) : null;
}
