using CjmBot.Workshops;

namespace CjmBot.Cards.Localization;

/// <summary>Everything the bot says about proposed themes, in one language (see <see cref="ThemeTexts"/>).</summary>
public sealed record ThemeText
{
    public required Language Language { get; init; }

    /// <summary>The card's heading, with the lane's name.</summary>
    public required Func<string, string> Heading { get; init; }
    public required string Intro { get; init; }

    /// <summary>A segment's heading: its name, its answers in the lane, its themes.</summary>
    public required Func<string, int, int, string> SegmentHeading { get; init; }
    public required Func<int, string> Answers { get; init; }
    public required Func<int, string> MoreAnswers { get; init; }
    public required Func<int, string> MoreThemes { get; init; }
    public required string NoAnswersInSegment { get; init; }

    /// <summary>The reply when no segment has an answer in the lane, with the lane's name.</summary>
    public required Func<string, string> NoAnswers { get; init; }

    /// <summary>The reply to a word after <c>themes</c> that names no lane.</summary>
    public required string Usage { get; init; }

    public static ThemeText For(Language language) => ThemeTexts.For(language);
}
