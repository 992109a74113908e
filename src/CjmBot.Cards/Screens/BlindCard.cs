using System.Text.Json.Nodes;
using CjmBot.Cards.Elements;
using CjmBot.Cards.Localization;
using CjmBot.Cards.Submissions;
using CjmBot.Workshops;

namespace CjmBot.Cards.Screens;

/// <summary>
/// The group's note that a question or stage now runs blind: what it hides, how to answer, and the facilitator's
/// Reveal button (anyone else who presses it is refused by the gate and nothing changes).
/// </summary>
public static class BlindCard
{
    public static JsonObject Create(string workshopId, string heading, Language language)
    {
        var text = BlindText.For(language);
        return new AdaptiveCard(
        [
            new TextBlock(heading) { Bold = true },
            new TextBlock(text.HowItWorks) { Spacing = Spacing.Small },
            new ActionSet(new ExecuteAction(text.RevealButton, new RevealSubmit(workshopId)) { IgnoreInputs = true }),
        ])
        {
            FallbackText = heading + " " + text.HowItWorks,
            Lang = language.Code(),
        }.ToJson();
    }
}
