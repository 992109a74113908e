using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using CjmBot.Application.UseCases.Sessions;

namespace CjmBot.Bot.Commands;

/// <summary>What may follow <c>retention</c> / <c>хранение</c>, in both languages whatever the workshop's: a number of days, off, default.</summary>
public static partial class RetentionArguments
{
    private static readonly FrozenDictionary<string, RetentionChoice> ByWord = new Dictionary<string, RetentionChoice>(StringComparer.OrdinalIgnoreCase)
    {
        ["off"] = new(RetentionChoiceKind.Forever), ["forever"] = new(RetentionChoiceKind.Forever), ["never"] = new(RetentionChoiceKind.Forever),
        ["выкл"] = new(RetentionChoiceKind.Forever), ["бессрочно"] = new(RetentionChoiceKind.Forever), ["навсегда"] = new(RetentionChoiceKind.Forever),
        ["default"] = new(RetentionChoiceKind.Default), ["по умолчанию"] = new(RetentionChoiceKind.Default), ["умолчание"] = new(RetentionChoiceKind.Default),
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static bool Accepts(string argument) => Parse(argument) is not null;

    /// <summary>The choice an argument names (none: show); null when it names none (the message is then no command).</summary>
    public static RetentionChoice? Parse(string argument)
    {
        ArgumentNullException.ThrowIfNull(argument);
        var words = string.Join(' ', argument.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (words.Length == 0)
        {
            return RetentionChoice.Show;
        }

        if (ByWord.TryGetValue(words, out var choice))
        {
            return choice;
        }

        // Too many digits for an int is still a number of days: the use case says what is allowed.
        return DaysPattern().Match(words) is { Success: true } match
            ? new RetentionChoice(RetentionChoiceKind.Days, int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var days) ? days : int.MaxValue)
            : null;
    }

    [GeneratedRegex(@"^(\d{1,12})\s*(d|day|days|д|дн|день|дня|дней)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DaysPattern();
}
