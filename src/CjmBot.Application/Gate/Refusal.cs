namespace CjmBot.Application.Gate;

/// <summary>Why the gate turned a request away. Nothing was changed; the bot explains it in the reader's language.</summary>
public enum Refusal
{
    /// <summary>The conversation has no workshop (or none that takes this).</summary>
    NoWorkshop,

    /// <summary>Only a facilitator may do this.</summary>
    NotFacilitator,

    /// <summary>The card names another workshop or chat, is not the kind of card the action belongs to, or shows an older state.</summary>
    StaleCard,

    /// <summary>The card was posted for someone else.</summary>
    NotYourCard,

    /// <summary>The sender was not invited to the workshop the card names (or this is not their personal chat).</summary>
    NotInvited,

    /// <summary>A person's own records (their data, forgetting them) are handled only in their personal chat with the bot.</summary>
    PersonalChatOnly,
}
