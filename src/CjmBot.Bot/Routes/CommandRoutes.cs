using CjmBot.Bot.Commands;
using CjmBot.Cards.Localization;
using CjmBot.Cards.Submissions;
using CjmBot.Protocol.Routing;
using CjmBot.Protocol.Schema;
using CjmBot.Protocol.Turns;
using Microsoft.Extensions.Logging;

namespace CjmBot.Bot.Routes;

/// <summary>
/// Text commands addressed to the bot go to their handler, in the language the user wrote in. Who may run a command is
/// not decided here: every handler's use case passes the application's gate.
/// </summary>
public sealed class CommandRoutes : IRouteGroup
{
    private readonly CommandParser _parser = new(BotCommands.All);
    private readonly Dictionary<BotCommand, CommandHandler> _handlers;
    private readonly ILogger<CommandRoutes> _logger;

    public CommandRoutes(IEnumerable<ICommandGroup> groups, ILogger<CommandRoutes> logger)
    {
        _handlers = groups.SelectMany(group => group.Handlers).ToDictionary(pair => pair.Key, pair => pair.Value);
        _logger = logger;
        var missing = BotCommands.All.Where(command => !_handlers.ContainsKey(command)).Select(command => command.Name).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException("Commands without a handler: " + string.Join(", ", missing));
        }
    }

    public void Register(ActivityRouter router)
    {
        router.On("message/command", turn => TurnText.IsAddressedToBot(turn) && Parse(turn) is not null, HandleCommandAsync);
        router.OnCardAction(RunCommandSubmit.VerbName, RunFromCardAsync);
    }

    /// <summary>A button that stands for a typed command ("Yes, next", the next steps, "Show the current question"): the same handler, the same gate.</summary>
    private Task<CardActionResult> RunFromCardAsync(ITurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        if (RunCommandSubmit.Read(action.Data) is not { } submit || _parser.Parse(submit.Command) is not { } command)
        {
            return Task.FromResult(CardActionResult.ShowMessage(WorkshopText.For(TurnLanguage.Of(turn.Activity)).StaleCard));
        }

        Log.CommandReceived(_logger, command.Command.Name, turn.Activity.Conversation?.ConversationType);
        var language = TurnLanguage.Of(turn.Activity, command.Argument, command.WordLanguage);
        return Task.FromResult(CardActionResult.ShowMessage(action.IsExecute ? GuidanceText.For(language).Running(submit.Command) : "")
            .Then(ct => _handlers[command.Command](turn, command, language, ct)));
    }

    private ParsedCommand? Parse(ITurnContext turn) =>
        turn.Activity.Type == ActivityTypes.Message ? _parser.Parse(TurnText.Get(turn)) : null;

    private Task HandleCommandAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var command = Parse(turn)!;
        Log.CommandReceived(_logger, command.Command.Name, turn.Activity.Conversation?.ConversationType);
        var language = TurnLanguage.Of(turn.Activity, command.Argument, command.WordLanguage);
        return _handlers[command.Command](turn, command, language, cancellationToken);
    }
}
