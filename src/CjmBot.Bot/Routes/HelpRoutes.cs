using CjmBot.Application;
using CjmBot.Application.Requests;
using CjmBot.Application.UseCases.Sessions;
using CjmBot.Bot.Chat;
using CjmBot.Bot.Commands;
using CjmBot.Cards.Localization;
using CjmBot.Cards.Screens;
using CjmBot.Cards.Submissions;
using CjmBot.Protocol.Routing;
using CjmBot.Protocol.Turns;
using CjmBot.Workshops;

namespace CjmBot.Bot.Routes;

/// <summary><c>help</c>: the command card, and its button that shows the card in the other language.</summary>
public sealed class HelpRoutes(UseCaseRunner workshops, PostedCards cards) : IRouteGroup, ICommandGroup
{
    public IEnumerable<KeyValuePair<BotCommand, CommandHandler>> Handlers =>
        [new(BotCommands.Help, (turn, _, language, ct) => cards.PostAsync(turn, CreateCard(language), CardKinds.Help, workshopId: null, ct))];

    public void Register(ActivityRouter router) =>
        router.OnCardAction(SwitchLanguageSubmit.VerbName, async (turn, action, cancellationToken) =>
        {
            var turnLanguage = TurnLanguage.Of(turn.Activity);
            var outcome = await workshops.RunAsync(ReplaceOwnCard.SwitchHelpLanguage(TurnOrigins.Of(turn)), cancellationToken).ConfigureAwait(false);
            return outcome is CardReplaceable
                ? CardActionResult.ReplaceCheckedCard(CreateCard(SwitchLanguageSubmit.Read(action.Data)?.Language ?? turnLanguage))
                : Replies.CommonCard(turn, action, outcome, turnLanguage)!;
        });

    public static System.Text.Json.Nodes.JsonObject CreateCard(Language language) =>
        HelpCard.Create(
            BotText.For(language),
            BotCommands.All.Select(command => new HelpCommand(command.Usage(language), command.Describe(language))).ToList());
}
