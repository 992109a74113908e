using CjmBot.Workshops;

namespace CjmBot.Cards.Localization;

/// <summary>
/// Every sentence the bot says, in one language. Properties are <c>required</c>, so a string missing in
/// one language is a compile error, not a blank in production.
/// </summary>
public sealed record BotText
{
    public required Language Language { get; init; }

    /// <summary>Locale of cards and replies (<c>lang</c> on cards, <c>locale</c> on activities).</summary>
    public required string Locale { get; init; }

    public required string Welcome { get; init; }
    public required string HelpHeading { get; init; }
    public required string HelpIntro { get; init; }
    public required string HelpCommandColumn { get; init; }
    public required string HelpFooter { get; init; }

    /// <summary>The language button on the help card names the other language, in that language.</summary>
    public required string OtherLanguageButton { get; init; }

    public required string NewWorkshopButton { get; init; }

    public required string NotUnderstood { get; init; }
    public required string EmptyMessage { get; init; }
    public required string TurnFailed { get; init; }
    public required string UnknownCardAction { get; init; }

    public static BotText For(Language language) => language == Language.Ru ? BotTexts.Russian : BotTexts.English;
}
