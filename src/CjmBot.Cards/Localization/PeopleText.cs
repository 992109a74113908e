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

    /// <summary>(participant's name, workshop title) — the facilitator's confirmation.</summary>
    public required Func<string, string, string> ForgetParticipantQuestion { get; init; }

    public required string ForgetParticipantButton { get; init; }
    public required string KeepParticipantButton { get; init; }

    /// <summary>(participant's name) — the receipt's heading on the facilitator's card.</summary>
    public required Func<string, string> ParticipantForgotten { get; init; }

    /// <summary>(participant's name) — the card when nothing was changed.</summary>
    public required Func<string, string> ParticipantKept { get; init; }

    /// <summary>(participant's name) — added to the receipt: told personally, or could not be.</summary>
    public required Func<string, string> ParticipantTold { get; init; }
    public required Func<string, string> ParticipantNotTold { get; init; }

    /// <summary>(workshop title) — what the participant is told in their personal chat.</summary>
    public required Func<string, string> ForgottenByFacilitator { get; init; }

    /// <summary>(name) — a facilitator of the workshop is not erased from it.</summary>
    public required Func<string, string> FacilitatorNotForgotten { get; init; }

    /// <summary>The reply to <c>forget</c> in a workshop's chat without exactly one @mention.</summary>
    public required string ForgetParticipantUsage { get; init; }

    /// <summary>(workshops, JSON link, Markdown link, expiry) — the answer to <c>my data</c>.</summary>
    public required Func<int, string, string, string, string> MyDataLinks { get; init; }

    public required string MyDataNothing { get; init; }
    public required string MyDataUsage { get; init; }

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
