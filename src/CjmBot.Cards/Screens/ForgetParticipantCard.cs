using System.Text.Json.Nodes;
using CjmBot.Cards.Elements;
using CjmBot.Cards.Localization;
using CjmBot.Cards.Submissions;
using CjmBot.Workshops;
using CjmBot.Workshops.Frame;

namespace CjmBot.Cards.Screens;

/// <summary>Asks a facilitator to confirm removing one participant from their workshop.</summary>
public static class ForgetParticipantCard
{
    public static JsonObject Create(WorkshopFrame frame, Participant person)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(person);
        var language = frame.Language;
        var text = PeopleText.For(language);
        var question = text.ForgetParticipantQuestion(ParticipantText.EscapeMarkdown(person.Name), ParticipantText.EscapeMarkdown(frame.Title));
        return new AdaptiveCard(
        [
            new TextBlock(question) { Color = TextColor.Attention },
            new ActionSet(
                new ExecuteAction(text.ForgetParticipantButton, new ForgetParticipantSubmit(frame.Id, person, Confirm: true)),
                new ExecuteAction(text.KeepParticipantButton, new ForgetParticipantSubmit(frame.Id, person, Confirm: false))),
        ])
        {
            FallbackText = question,
            Lang = language.Code(),
        }.ToJson();
    }
}
