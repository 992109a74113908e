using System.Text.Json;
using System.Text.Json.Nodes;

namespace CjmBot.Cards.Submissions;

/// <summary>
/// The question card's Universal Actions <c>refresh</c>: Teams sends it (trigger "automatic") for the facilitators listed in
/// the card's <c>userIds</c>, and the bot answers with their card, the one with the controls.
/// </summary>
public sealed record QuestionRefreshSubmit(string WorkshopId, int Revision) : ICardSubmission
{
    public const string VerbName = "question.refresh";

    public string Verb => VerbName;

    public void WriteData(JsonObject data)
    {
        ArgumentNullException.ThrowIfNull(data);
        data["workshopId"] = WorkshopId;
        data["revision"] = Revision.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public static QuestionRefreshSubmit? Read(JsonElement data) =>
        CardSubmissions.ReadString(data, "workshopId") is { } workshopId
        && int.TryParse(CardSubmissions.ReadString(data, "revision"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var revision)
            ? new QuestionRefreshSubmit(workshopId, revision)
            : null;
}
