using System.Text.Json.Nodes;
using CjmBot.Cards.Elements;
using CjmBot.Cards.Localization;
using CjmBot.Cards.Submissions;
using CjmBot.Workshops;

namespace CjmBot.Cards.Screens;

/// <summary>Asks a person to confirm being forgotten in every workshop that holds their records.</summary>
public static class ForgetConfirmationCard
{
    public static JsonObject Create(int workshops, Language language)
    {
        var text = PeopleText.For(language);
        var question = text.ForgetQuestion(workshops);
        return new AdaptiveCard(
        [
            new TextBlock(question) { Color = TextColor.Attention },
            new ActionSet(
                new ExecuteAction(text.ForgetButton, new ForgetMeSubmit(Confirm: true, language)),
                new ExecuteAction(text.KeepButton, new ForgetMeSubmit(Confirm: false, language))),
        ])
        {
            FallbackText = question,
            Lang = language.Code(),
        }.ToJson();
    }
}
