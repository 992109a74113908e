using CjmBot.Bot.Commands;
using CjmBot.Protocol.Turns;
using CjmBot.Workshops;

namespace CjmBot.Bot.Routes;

/// <summary>Handles one text command; <paramref name="language"/> is the language the user wrote in.</summary>
public delegate Task CommandHandler(ITurnContext turn, ParsedCommand command, Language language, CancellationToken cancellationToken);

/// <summary>A set of text commands handled together (one concern). Every command must have exactly one handler.</summary>
public interface ICommandGroup
{
    IEnumerable<KeyValuePair<BotCommand, CommandHandler>> Handlers { get; }
}
