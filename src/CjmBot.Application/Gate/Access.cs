namespace CjmBot.Application.Gate;

/// <summary>Who may make a request.</summary>
public enum Who
{
    /// <summary>Anyone in the conversation (every member may answer, note insights, vote …).</summary>
    Anyone,

    /// <summary>A facilitator of the workshop.</summary>
    Facilitator,

    /// <summary>The person a card was posted for (the one who asked for a setup form).</summary>
    CardRecipient,

    /// <summary>The bot itself (a timer, a deadline): no person to check.</summary>
    System,
}

/// <summary>Which workshop a request is about.</summary>
public enum Scope
{
    /// <summary>No workshop (help, the setup form).</summary>
    None,

    /// <summary>The conversation's active workshop.</summary>
    Active,

    /// <summary>The workshop a card names, which must belong to this conversation (an older one may still take answers and votes).</summary>
    Named,

    /// <summary>The workshop a card names, which must be the conversation's active one (steering, deletion).</summary>
    NamedActive,

    /// <summary>The workshop a card or a sequence names, in the personal chat of someone invited to it.</summary>
    Invited,

    /// <summary>No one workshop: the person's own records across workshops, asked for only in their personal chat with the bot.</summary>
    Own,
}

/// <summary>
/// What a use case requires before it may run: who, which workshop, and for a card action the kind of card it must
/// have come from and the revision it showed. <see cref="WorkshopGate"/> checks all of it, in one place.
/// </summary>
public sealed record Access(Who Who, Scope Scope)
{
    /// <summary>The workshop a card or a sequence names (for <see cref="Scope.Named"/>, <see cref="Scope.NamedActive"/>, <see cref="Scope.Invited"/>).</summary>
    public string? WorkshopId { get; init; }

    /// <summary>When set, the message the action came from must be a card the bot posted of this kind (and, with a workshop, of that workshop).</summary>
    public string? CardKind { get; init; }

    /// <summary>When set, the session must still be at this revision (the card showed it): a click on an older card changes nothing.</summary>
    public int? Revision { get; init; }

    public static Access Anyone(Scope scope = Scope.Active) => new(Who.Anyone, scope);

    public static Access Facilitator(Scope scope = Scope.Active) => new(Who.Facilitator, scope);
}
