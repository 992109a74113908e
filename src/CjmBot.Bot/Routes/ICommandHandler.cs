using CjmBot.Bot.Commands;
using CjmBot.Protocol.Turns;
using CjmBot.Workshops;

namespace CjmBot.Bot.Routes;

/// <summary>Handles one text command. <paramref name="language"/> is the language to answer in.</summary>
public interface ICommandHandler
{
    BotCommand Command { get; }

    Task HandleAsync(ITurnContext turn, ParsedCommand command, Language language, CancellationToken cancellationToken);
}
