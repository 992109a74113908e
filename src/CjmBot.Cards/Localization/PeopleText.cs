using CjmBot.Workshops;
using CjmBot.Workshops.Contributions;
using CjmBot.Workshops.Frame;

namespace CjmBot.Cards.Localization;

/// <summary>What the bot says about a person's own records (forget me, my data), in one language (see <see cref="PeopleTexts"/>).</summary>
public sealed record PeopleText
{
    public required Language Language { get; init; }

    /// <summary>(workshops holding the person's records)</summary>
    public required Func<int, string> ForgetQuestion { get; init; }

    public required string ForgetButton { get; init; }
    public required string KeepButton { get; init; }
    public required string ForgetCancelled { get; init; }
    public required string ForgetStale { get; init; }

    /// <summary>(workshops the person was forgotten in)</summary>
    public required Func<int, string> Forgotten { get; init; }

    public required string NothingToForget { get; init; }
    public required Func<ContributionKind, string> ContributionsRemoved { get; init; }
    public required string ConclusionsRemoved { get; init; }
    public required string InvitationsRemoved { get; init; }
    public required string BallotsKept { get; init; }
    public required string ActionItemsKept { get; init; }
    public required string OtherItemsRemoved { get; init; }
    public required string PersonalChatOnly { get; init; }
    public required string ForgetUsage { get; init; }

    /// <summary>How an action item's owner who asked to be forgotten is shown.</summary>
    public required string FormerParticipant { get; init; }

    public static PeopleText For(Language language) => language == Language.Ru ? PeopleTexts.Russian : PeopleTexts.English;

    /// <summary>A participant's name as readers see it: <see cref="Participant.Former"/> in the reader's language.</summary>
    public static string NameOf(Participant participant, Language language)
    {
        ArgumentNullException.ThrowIfNull(participant);
        return participant.IsFormer ? For(language).FormerParticipant : participant.Name;
    }
}
