using System.Globalization;
using CjmBot.Workshops;

namespace CjmBot.Bot.Commands;

/// <summary>A recognised command, the rest of the message, and the language the command word was in.</summary>
public sealed record ParsedCommand(BotCommand Command, string Argument, Language? WordLanguage);

/// <summary>
/// Reads the first word of a message as a command: case-insensitive, an optional leading <c>/</c>, either
/// language. Anything else is not a command (it may be an answer to the current question).
/// </summary>
public sealed class CommandParser(IReadOnlyList<BotCommand> commands)
{
    private readonly Dictionary<string, (BotCommand Command, Language? Language)> _byWord = Index(commands);

    public ParsedCommand? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        var end = 0;
        while (end < trimmed.Length && !char.IsWhiteSpace(trimmed[end]))
        {
            end++;
        }

        var word = trimmed[..end].TrimStart('/').TrimEnd('.', '!', ':').ToLower(CultureInfo.InvariantCulture);
        if (!_byWord.TryGetValue(word, out var match))
        {
            return null;
        }

        var argument = trimmed[end..].Trim();
        return argument.Length > 0 && !match.Command.TakesArgument
            ? null
            : new ParsedCommand(match.Command, argument, match.Language);
    }

    private static Dictionary<string, (BotCommand, Language?)> Index(IReadOnlyList<BotCommand> commands)
    {
        var index = new Dictionary<string, (BotCommand, Language?)>(StringComparer.Ordinal);
        foreach (var command in commands)
        {
            foreach (var word in command.Words)
            {
                var language = TurnLanguage.HasCyrillic(word) ? Language.Ru : word == command.Name ? Language.En : (Language?)null;
                if (!index.TryAdd(word.ToLower(CultureInfo.InvariantCulture), (command, language)))
                {
                    throw new InvalidOperationException($"The command word '{word}' is used twice.");
                }
            }
        }

        return index;
    }
}
