using CjmBot.Workshops;

namespace CjmBot.Bot.Commands;

/// <summary>
/// A text command. Every command has an English and a Russian name; both work whatever the user's locale.
/// The manifest's command list is checked against these in tests.
/// </summary>
public sealed record BotCommand(string Name, string RussianName, string Description, string RussianDescription)
{
    /// <summary>What follows the command word, for the help card (e.g. <c>&lt;text&gt;</c>).</summary>
    public string? Argument { get; init; }
    public string? RussianArgument { get; init; }

    /// <summary>Other words that mean the same command (e.g. <c>?</c>, <c>справка</c>).</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    public bool FacilitatorOnly { get; init; }

    /// <summary>
    /// Whether text may follow the command word. A command without arguments is recognised only when it is
    /// the whole message, so an answer such as "map of the site is confusing" stays an answer.
    /// </summary>
    public bool TakesArgument { get; init; }

    /// <summary>
    /// When set, what may follow the command word; any other text after it makes the message no command, so an answer
    /// such as "themes of the emails are unclear" or "retention of customers is low" stays an answer.
    /// </summary>
    public Func<string, bool>? AcceptsArgument { get; init; }

    public IEnumerable<string> Words => Aliases.Prepend(RussianName).Prepend(Name);

    public string Usage(Language language) => language == Language.Ru
        ? RussianArgument is null ? RussianName : $"{RussianName} {RussianArgument}"
        : Argument is null ? Name : $"{Name} {Argument}";

    public string Describe(Language language) => language == Language.Ru ? RussianDescription : Description;
}
