using CjmBot.Bot.Commands;
using CjmBot.Cards.Localization;
using CjmBot.Cards.Screens;
using CjmBot.Cards.Submissions;
using CjmBot.Protocol.Routing;
using CjmBot.Protocol.Schema;
using CjmBot.Protocol.Turns;
using CjmBot.Workshops;

namespace CjmBot.Bot.Routes;

/// <summary><c>help</c>: the command card, and its button that shows the card in the other language.</summary>
public sealed class HelpRoutes : IRouteGroup, ICommandGroup
{
    public IEnumerable<KeyValuePair<BotCommand, CommandHandler>> Handlers =>
        [new(BotCommands.Help, HandleAsync)];

    public void Register(ActivityRouter router) =>
        router.OnCardAction(SwitchLanguageSubmit.VerbName, (turn, action, cancellationToken) =>
        {
            var language = SwitchLanguageSubmit.Read(action.Data)?.Language ?? TurnLanguage.Of(turn.Activity);
            return Task.FromResult(CardActionResult.ReplaceCard(CreateCard(language)));
        });

    private static Task HandleAsync(ITurnContext turn, ParsedCommand command, Language language, CancellationToken cancellationToken) =>
        turn.SendActivityAsync(new Activity { Attachments = [Attachment.AdaptiveCard(CreateCard(language))] }, cancellationToken);

    public static System.Text.Json.Nodes.JsonObject CreateCard(Language language) =>
        HelpCard.Create(
            BotText.For(language),
            BotCommands.All.Select(command => new HelpCommand(command.Usage(language), command.Describe(language))).ToList());
}
