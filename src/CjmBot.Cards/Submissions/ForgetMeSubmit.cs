using System.Text.Json;
using System.Text.Json.Nodes;

namespace CjmBot.Cards.Submissions;

/// <summary>The answer to "forget everything you said?": confirm or keep. It names no one: it is always about the person who clicks, on a card posted for them.</summary>
public sealed record ForgetMeSubmit(bool Confirm) : ICardSubmission
{
    public const string ConfirmVerb = "person.forget.confirm";
    public const string CancelVerb = "person.forget.cancel";

    public static IReadOnlyList<string> Verbs { get; } = [ConfirmVerb, CancelVerb];

    public string Verb => Confirm ? ConfirmVerb : CancelVerb;

    public void WriteData(JsonObject data)
    {
    }

    public static ForgetMeSubmit? Read(string verb, JsonElement data) => Verbs.Contains(verb) ? new ForgetMeSubmit(verb == ConfirmVerb) : null;
}
