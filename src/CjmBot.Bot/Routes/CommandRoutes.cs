using CjmBot.Bot.Commands;
using CjmBot.Cards.Localization;
using CjmBot.Protocol.Routing;
using CjmBot.Protocol.Schema;
using CjmBot.Protocol.Turns;
using Microsoft.Extensions.Logging;

namespace CjmBot.Bot.Routes;

/// <summary>
/// Text commands go to their handler; a message that is no command and that no other route wanted gets a
/// pointer to <c>help</c>.
/// </summary>
public sealed class CommandRoutes : IRouteGroup
{
    private readonly CommandParser _parser = new(BotCommands.All);
    private readonly Dictionary<BotCommand, ICommandHandler> _handlers;
    private readonly ILogger<CommandRoutes> _logger;

    public CommandRoutes(IEnumerable<ICommandHandler> handlers, ILogger<CommandRoutes> logger)
    {
        _handlers = handlers.ToDictionary(handler => handler.Command);
        _logger = logger;
        var missing = BotCommands.All.Where(command => !_handlers.ContainsKey(command)).Select(command => command.Name).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException("Commands without a handler: " + string.Join(", ", missing));
        }
    }

    public void Register(ActivityRouter router)
    {
        router.On("message/command", turn => Parse(turn) is not null, HandleCommandAsync);
        router.OnFallback("message/notUnderstood", turn => turn.Activity.Type == ActivityTypes.Message, NotUnderstoodAsync);
    }

    private ParsedCommand? Parse(ITurnContext turn) =>
        turn.Activity.Type == ActivityTypes.Message ? _parser.Parse(TurnText.Get(turn)) : null;

    private Task HandleCommandAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var command = Parse(turn)!;
        Log.CommandReceived(_logger, command.Command.Name, turn.Activity.Conversation?.ConversationType);
        var language = TurnLanguage.Of(turn.Activity, command.Argument, command.WordLanguage);
        return _handlers[command.Command].HandleAsync(turn, command, language, cancellationToken);
    }

    private Task NotUnderstoodAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var userText = TurnText.Get(turn);
        var text = BotText.For(TurnLanguage.Of(turn.Activity, userText));
        if (userText.Length == 0)
        {
            return turn.ReplyAsync(text.EmptyMessage, cancellationToken);
        }

        Log.NotUnderstood(_logger, userText);
        return turn.ReplyAsync(text.NotUnderstood, cancellationToken);
    }
}
