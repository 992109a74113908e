using CjmBot.Workshops;

namespace CjmBot.Cards.Localization;

/// <summary>What the bot says when it cannot reach its storage, in one language.</summary>
public sealed record OutageText
{
    public required Language Language { get; init; }

    /// <summary>The message (or card action) was not saved; the user should send it again.</summary>
    public required string StorageUnavailable { get; init; }

    public static OutageText For(Language language) => language == Language.Ru ? OutageTexts.Russian : OutageTexts.English;
}
