using CjmBot.Workshops;

namespace CjmBot.Cards.Localization;

/// <summary>Everything the bot says about how long a closed workshop is kept, in one language (see <see cref="RetentionTexts"/>).</summary>
public sealed record RetentionText
{
    public required Language Language { get; init; }

    /// <summary>Kept until a facilitator deletes it: the title, whether that is the bot's setting.</summary>
    public required Func<string, bool, string> KeptForever { get; init; }

    /// <summary>Not closed yet: the title, the days, whether that is the bot's setting.</summary>
    public required Func<string, int, bool, string> KeptOnceClosed { get; init; }

    /// <summary>Closed: the title, the days, whether that is the bot's setting, when it is deleted, whether it waits a week after a change.</summary>
    public required Func<string, int, bool, string, bool, string> DeletedOn { get; init; }

    /// <summary>Put before the above when the facilitator just changed it.</summary>
    public required string ChangedMark { get; init; }

    /// <summary>The reply to an argument that is not 1–3650 days, off or default: the bot's setting described.</summary>
    public required Func<string, string> Usage { get; init; }

    /// <summary>The bot's setting described for <see cref="Usage"/>: the days (0: until deleted by hand).</summary>
    public required Func<int, string> Setting { get; init; }

    /// <summary>Added to the "workshop closed" reply when it will be deleted: when, the days.</summary>
    public required Func<string, int, string> ClosedNote { get; init; }

    /// <summary>Seven days before: the title, when it is deleted, the days.</summary>
    public required Func<string, string, int, string> Reminder { get; init; }

    /// <summary>The period ran out: the title, the days it was kept once closed.</summary>
    public required Func<string, int, string> Expired { get; init; }

    public static RetentionText For(Language language) => RetentionTexts.For(language);
}
