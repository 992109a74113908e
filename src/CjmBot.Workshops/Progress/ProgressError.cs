namespace CjmBot.Workshops.Progress;

/// <summary>Why a facilitator's move was refused. Each has a message the bot explains in the user's language.</summary>
public enum ProgressError
{
    None,
    Closed,
    NotClosed,
    Paused,
    NotPaused,
    AtStart,
    AtEnd,
    UnknownStage,
    TimerOutOfRange,

    /// <summary>The card that was clicked shows an older question: someone already moved on.</summary>
    Stale,

    /// <summary>The same person typed the same move a moment ago: probably sent twice; asked to send it again.</summary>
    RepeatedQuickly,

    /// <summary>The question (or its whole stage) runs blind already.</summary>
    AlreadyBlind,

    /// <summary>A reveal with nothing blind to reveal.</summary>
    NothingBlind,
}
