using System.Text.Json;
using System.Text.Json.Nodes;
using CjmBot.Workshops.Frame;

namespace CjmBot.Cards.Submissions;

/// <summary>
/// The answer to "forget this participant in this workshop?": confirm or keep, naming the workshop and the person the
/// question was about, so a confirmation never erases anyone else, or anywhere else, than it showed.
/// </summary>
public sealed record ForgetParticipantSubmit(string WorkshopId, Participant Person, bool Confirm) : ICardSubmission
{
    public const string ConfirmVerb = "participant.forget.confirm";
    public const string CancelVerb = "participant.forget.cancel";

    public static IReadOnlyList<string> Verbs { get; } = [ConfirmVerb, CancelVerb];

    public string Verb => Confirm ? ConfirmVerb : CancelVerb;

    public void WriteData(JsonObject data)
    {
        ArgumentNullException.ThrowIfNull(data);
        data["workshopId"] = WorkshopId;
        data["personId"] = Person.Id;
        data["personName"] = Person.Name;
    }

    public static ForgetParticipantSubmit? Read(string verb, JsonElement data) =>
        Verbs.Contains(verb)
        && CardSubmissions.ReadString(data, "workshopId") is { Length: > 0 } workshopId
        && CardSubmissions.ReadString(data, "personId") is { Length: > 0 } personId
            ? new ForgetParticipantSubmit(workshopId, new Participant(personId, CardSubmissions.ReadString(data, "personName") ?? ""), verb == ConfirmVerb)
            : null;
}
