using System.Text.Json.Nodes;
using CjmBot.Cards.Elements;
using CjmBot.Cards.Localization;
using CjmBot.Cards.Submissions;
using CjmBot.Workshops;
using CjmBot.Workshops.Frame;

namespace CjmBot.Cards.Screens;

/// <summary>Asks the facilitator to confirm deleting a workshop, with the workshop named on both buttons' data.</summary>
public static class DeleteConfirmationCard
{
    public static JsonObject Create(WorkshopFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var text = SummaryText.For(frame.Language);
        var question = text.DeleteQuestion(ParticipantText.EscapeMarkdown(frame.Title), frame.Version);
        return new AdaptiveCard(
        [
            new TextBlock(question) { Color = TextColor.Attention },
            new ActionSet(
                new ExecuteAction(text.DeleteButton, new DeleteWorkshopSubmit(frame.Id, Confirm: true)),
                new ExecuteAction(text.KeepButton, new DeleteWorkshopSubmit(frame.Id, Confirm: false))),
        ])
        {
            FallbackText = question,
            Lang = frame.Language.Code(),
        }.ToJson();
    }
}
