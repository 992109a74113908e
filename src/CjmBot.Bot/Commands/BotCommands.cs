namespace CjmBot.Bot.Commands;

/// <summary>The commands the bot understands, in the order the help card lists them.</summary>
public static class BotCommands
{
    public static readonly BotCommand Help = new("help", "помощь", "Show what I can do", "Показать, что я умею")
    {
        Aliases = ["?", "справка", "хелп"],
    };

    public static IReadOnlyList<BotCommand> All { get; } = [Help];
}
