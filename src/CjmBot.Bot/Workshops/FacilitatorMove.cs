namespace CjmBot.Bot.Workshops;

/// <summary>What a facilitator can do to the live session, by command, by button or (Next) by timer.</summary>
public enum FacilitatorMove
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
