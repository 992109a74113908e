using System.Text.Json;
using System.Text.Json.Nodes;
using CjmBot.Workshops;

namespace CjmBot.Cards.Submissions;

/// <summary>
/// The answer to "forget everything you said?": confirm or keep, and the language the card asked in (for the receipt). It
/// names no one: it is always about the person who clicks, on a card posted for them.
/// </summary>
public sealed record ForgetMeSubmit(bool Confirm, Language Language) : ICardSubmission
{
    public const string ConfirmVerb = "person.forget.confirm";
    public const string CancelVerb = "person.forget.cancel";

    public static IReadOnlyList<string> Verbs { get; } = [ConfirmVerb, CancelVerb];

    public string Verb => Confirm ? ConfirmVerb : CancelVerb;

    public void WriteData(JsonObject data) => data["language"] = Language.Code();

    public static ForgetMeSubmit? Read(string verb, JsonElement data) =>
        Verbs.Contains(verb) ? new ForgetMeSubmit(verb == ConfirmVerb, Languages.TryParse(CardSubmissions.ReadString(data, "language")) ?? Language.En) : null;
}
