using System.Text.Json;
using System.Text.Json.Nodes;
using CjmBot.Workshops;

namespace CjmBot.Cards.Submissions;

/// <summary>The help card's language button: show the same card in the other language.</summary>
public sealed record SwitchLanguageSubmit(Language Language) : ICardSubmission
{
    public const string VerbName = "help.language";

    public string Verb => VerbName;

    public void WriteData(JsonObject data) => data["language"] = Language.Code();

    public static SwitchLanguageSubmit? Read(JsonElement data) =>
        Languages.TryParse(CardSubmissions.ReadString(data, "language")) is { } language ? new SwitchLanguageSubmit(language) : null;
}
