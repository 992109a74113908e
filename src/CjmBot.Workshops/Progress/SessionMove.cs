namespace CjmBot.Workshops.Progress;

/// <summary>What a facilitator can do to the live session, by command, by button or (Next) by timer.</summary>
public enum SessionMove
{
    Next,
    Back,
    Skip,
    GoTo,
    Timer,
    Pause,
    Resume,
    Close,
    Reopen,
}

/// <summary>How a move was asked for: the guards differ (a button carries its revision, a typed word does not).</summary>
public enum MoveTrigger
{
    Typed,
    Button,
    Timer,
}

/// <summary>A move as asked: which, with what argument (a stage for GoTo, minutes for Timer), by whom and how.</summary>
public sealed record MoveRequest(SessionMove Move, string? Argument, string ActorId, MoveTrigger Trigger);

/// <summary>
/// The last move made, remembered with the progress so that a typed move repeated by the same person a moment later
/// (two quick <c>next</c>s, which would skip a question nobody saw) is questioned once instead of applied.
/// </summary>
/// <param name="RepeatConfirmed">The person was told once already; the next identical move goes through.</param>
public sealed record RecentMove(string ActorId, SessionMove Move, DateTimeOffset At, bool RepeatConfirmed = false);
