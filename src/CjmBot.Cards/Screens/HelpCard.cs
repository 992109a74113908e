using System.Text.Json.Nodes;
using CjmBot.Cards.Elements;
using CjmBot.Cards.Localization;
using CjmBot.Cards.Submissions;
using CjmBot.Workshops;

namespace CjmBot.Cards.Screens;

/// <summary>One line of the help card: how to type the command, and what it does.</summary>
public sealed record HelpCommand(string Usage, string Description);

/// <summary>
/// The command list, with a button that shows the same card in the other language. A usage line such as
/// <c>role &lt;role&gt;: &lt;stages&gt;</c> goes into a Fact, which Teams reads as markdown: its placeholders would be taken for
/// HTML tags and vanish, and <c>[…]</c> or <c>|</c> for markup, so it is escaped (angle brackets become ‹ ›).
/// </summary>
public static class HelpCard
{
    public static JsonObject Create(BotText text, IReadOnlyList<HelpCommand> commands)
    {
        var otherLanguage = text.Language == Language.Ru ? Language.En : Language.Ru;
        return new AdaptiveCard(
        [
            new TextBlock(text.HelpHeading) { Heading = true, Size = TextSize.Large, Bold = true },
            new TextBlock(text.HelpIntro) { Subtle = true, Spacing = Spacing.None },
            new FactSet(commands.Select(command => new Fact(ParticipantText.EscapeMarkdown(command.Usage), command.Description)).ToList()) { Spacing = Spacing.Medium },
            new TextBlock(text.HelpFooter) { Subtle = true, Size = TextSize.Small },
            new ActionSet(
                new ExecuteAction(text.NewWorkshopButton, new NewWorkshopSubmit()),
                new ExecuteAction(text.OtherLanguageButton, new SwitchLanguageSubmit(otherLanguage))),
        ])
        {
            FallbackText = text.HelpHeading,
            Lang = text.Language.Code(),
            Speak = text.HelpHeading,
        }.ToJson();
    }
}
