using CjmBot.Workshops;

namespace CjmBot.Cards.Localization;

/// <summary>Everything the bot says about blind rounds, in one language (see <see cref="BlindTexts"/>).</summary>
public sealed record BlindText
{
    public required Language Language { get; init; }

    /// <summary>The reply to <c>blind</c>: the lane and the stage of the question now blind.</summary>
    public required Func<string, string, string> QuestionBlind { get; init; }

    /// <summary>The reply to <c>blind stage</c>: the stage now blind, and the segment.</summary>
    public required Func<string, string, string> StageBlind { get; init; }

    /// <summary>What follows either: how answers stay hidden, and how they are revealed.</summary>
    public required string HowItWorks { get; init; }

    public required string AlreadyBlind { get; init; }
    public required string NothingBlind { get; init; }
    public required string AtEnd { get; init; }

    /// <summary>The reply to a reveal: how many answers appear now.</summary>
    public required Func<int, string> Revealed { get; init; }

    /// <summary>The reply to an answer typed in the shared chat of a blind round: it is recorded but cannot be hidden.</summary>
    public required string TypedAnswerVisible { get; init; }

    /// <summary>The question card's line while its question runs blind.</summary>
    public required string CardNote { get; init; }

    /// <summary>The confirmation on the card of the one who answered (their own words are not quoted back on it).</summary>
    public required string RecordedHidden { get; init; }

    /// <summary>The map's line while answers are hidden: how many.</summary>
    public required Func<int, string> MapHidden { get; init; }

    public required string RevealButton { get; init; }

    /// <summary>The setup form's option to run each stage blind.</summary>
    public required string SetupLabel { get; init; }
    public required string SetupToggle { get; init; }

    public static BlindText For(Language language) => BlindTexts.For(language);
}
