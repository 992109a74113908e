using CjmBot.Workshops;

namespace CjmBot.Cards.Localization;

/// <summary>What the bot says to asynchronous contributors and about them, in one language.</summary>
public sealed record AsyncText
{
    public required Language Language { get; init; }
    public required string InvitationHeading { get; init; }
    public required string ReminderHeading { get; init; }

    /// <summary>(facilitator, workshop title)</summary>
    public required Func<string, string, string> InvitationIntro { get; init; }

    /// <summary>(date and time, UTC)</summary>
    public required Func<string, string> AnswerBy { get; init; }

    public required string NoDeadline { get; init; }

    /// <summary>(number of questions, stage list)</summary>
    public required Func<int, string, string> WhatIsAsked { get; init; }

    public required string HowItWorks { get; init; }
    public required string StartButton { get; init; }
    public required string LaterButton { get; init; }
    public required string SendButton { get; init; }
    public required string SkipButton { get; init; }
    public required string BackButton { get; init; }

    /// <summary>(workshop title, question number, total)</summary>
    public required Func<string, int, int, string> QuestionHeader { get; init; }

    public required string TypeOrUseButtons { get; init; }
    public required string SavedForLater { get; init; }
    public required string AlreadyAtFirst { get; init; }

    /// <summary>(number of answers, workshop title)</summary>
    public required Func<int, string, string> SummaryHeading { get; init; }

    /// <summary>(workshop title)</summary>
    public required Func<string, string> NothingGiven { get; init; }

    /// <summary>(workshop title)</summary>
    public required Func<string, string> WindowClosed { get; init; }

    public required string NotInvited { get; init; }
    public required string InviteUsage { get; init; }
    public required string NobodyToInvite { get; init; }

    /// <summary>(names)</summary>
    public required Func<string, string> Invited { get; init; }

    /// <summary>(names)</summary>
    public required Func<string, string> NotInstalled { get; init; }

    /// <summary>(names)</summary>
    public required Func<string, string> AlreadyFinished { get; init; }

    public required string RoleUsage { get; init; }

    /// <summary>(role, stages)</summary>
    public required Func<string, string, string> RoleSet { get; init; }

    /// <summary>(role)</summary>
    public required Func<string, string> UnknownRole { get; init; }

    public required string DeadlineUsage { get; init; }
    public required string DeadlineInPast { get; init; }

    /// <summary>(date and time, UTC)</summary>
    public required Func<string, string> DeadlineSet { get; init; }

    /// <summary>(workshop title, finished, invited)</summary>
    public required Func<string, int, int, string> WindowClosedNotice { get; init; }

    public required string StatusHeading { get; init; }

    /// <summary>(date and time, UTC)</summary>
    public required Func<string, string> StatusDeadline { get; init; }

    public required string StatusWindowClosed { get; init; }
    public required string StateInvited { get; init; }
    public required string StateFinished { get; init; }
    public required string StateNotInstalled { get; init; }

    /// <summary>(answers given)</summary>
    public required Func<int, string> AnswerCount { get; init; }

    /// <summary>Shown after the author on the map for an answer given in a personal chat.</summary>
    public required string AsyncMark { get; init; }

    public static AsyncText For(Language language) => language == Language.Ru ? AsyncTexts.Russian : AsyncTexts.English;
}
