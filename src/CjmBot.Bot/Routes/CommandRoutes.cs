using CjmBot.Bot.Commands;
using CjmBot.Bot.Workshops;
using CjmBot.Protocol.Routing;
using CjmBot.Protocol.Schema;
using CjmBot.Protocol.Turns;
using Microsoft.Extensions.Logging;

namespace CjmBot.Bot.Routes;

/// <summary>
/// Text commands go to their handler, in the language the user wrote in. Facilitator-only commands are
/// refused here, from the command's definition, before any handler runs.
/// </summary>
public sealed class CommandRoutes : IRouteGroup
{
    private readonly CommandParser _parser = new(BotCommands.All);
    private readonly Dictionary<BotCommand, CommandHandler> _handlers;
    private readonly WorkshopGuard _guard;
    private readonly ILogger<CommandRoutes> _logger;

    public CommandRoutes(IEnumerable<ICommandGroup> groups, WorkshopGuard guard, ILogger<CommandRoutes> logger)
    {
        _guard = guard;
        _handlers = groups.SelectMany(group => group.Handlers).ToDictionary(pair => pair.Key, pair => pair.Value);
        _logger = logger;
        var missing = BotCommands.All.Where(command => !_handlers.ContainsKey(command)).Select(command => command.Name).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException("Commands without a handler: " + string.Join(", ", missing));
        }
    }

    public void Register(ActivityRouter router) =>
        router.On("message/command", turn => Parse(turn) is not null, HandleCommandAsync);

    private ParsedCommand? Parse(ITurnContext turn) =>
        turn.Activity.Type == ActivityTypes.Message ? _parser.Parse(TurnText.Get(turn)) : null;

    private async Task HandleCommandAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var command = Parse(turn)!;
        Log.CommandReceived(_logger, command.Command.Name, turn.Activity.Conversation?.ConversationType);
        var language = TurnLanguage.Of(turn.Activity, command.Argument, command.WordLanguage);
        if (command.Command.FacilitatorOnly
            && (await _guard.FacilitatedHeadAsync(turn, language, cancellationToken).ConfigureAwait(false)).Refusal is { } refusal)
        {
            Log.NotFacilitator(_logger, turn.Activity.Conversation?.Id, command.Command.Name);
            await turn.ReplyAsync(refusal, cancellationToken).ConfigureAwait(false);
            return;
        }

        await _handlers[command.Command](turn, command, language, cancellationToken).ConfigureAwait(false);
    }
}
