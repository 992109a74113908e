using System.Globalization;
using CjmBot.Workshops;

namespace CjmBot.Bot.Commands;

/// <summary>A recognised command, the rest of the message, and the language the command word was in.</summary>
public sealed record ParsedCommand(BotCommand Command, string Argument, Language? WordLanguage);

/// <summary>A command a message was probably meant to be, spelled as the user would have typed it (<see cref="Word"/>).</summary>
public sealed record CommandSuggestion(BotCommand Command, string Word, Language Language);

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

        var (word, trimmed, end) = FirstWord(text);
        if (!_byWord.TryGetValue(word, out var match))
        {
            return null;
        }

        var argument = trimmed[end..].Trim();
        return argument.Length > 0 && (!match.Command.TakesArgument || match.Command.AcceptsArgument?.Invoke(argument) == false)
            ? null
            : new ParsedCommand(match.Command, argument, match.Language);
    }

    /// <summary>
    /// The command a one-word message that is no command was probably meant to be (a typo or the wrong keyboard layout,
    /// see <see cref="CommandSuggestions"/>), or null. Such a message is not taken as an answer without asking.
    /// </summary>
    public CommandSuggestion? Suggest(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || Parse(text) is not null)
        {
            return null;
        }

        var (word, trimmed, end) = FirstWord(text);
        if (end < trimmed.Length
            || CommandSuggestions.Suggest(word, _byWord.Select(pair => (pair.Key, pair.Value.Command))) is not { } suggestion)
        {
            return null;
        }

        var russian = TurnLanguage.HasCyrillic(suggestion.Word);
        return new CommandSuggestion(suggestion.Command, russian ? suggestion.Command.RussianName : suggestion.Command.Name, russian ? Language.Ru : Language.En);
    }

    private static (string Word, string Trimmed, int End) FirstWord(string text)
    {
        var trimmed = text.Trim();
        var end = 0;
        while (end < trimmed.Length && !char.IsWhiteSpace(trimmed[end]))
        {
            end++;
        }

        return (trimmed[..end].TrimStart('/').TrimEnd('.', '!', ':').ToLower(CultureInfo.InvariantCulture), trimmed, end);
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
