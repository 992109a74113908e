using CjmBot.Application.Effects;
using CjmBot.Application.Gate;
using CjmBot.Workshops;
using CjmBot.Workshops.Writes;

namespace CjmBot.Application.Outcomes;

/// <summary>
/// What a use case did, in domain terms (never localised text: the bot renders it for its reader), and the side effects
/// it asks for (<see cref="Effects"/>), which <see cref="UseCaseRunner"/> dispatches in one place after the handler.
/// </summary>
public abstract record Outcome
{
    public IReadOnlyList<WorkshopEffect> Effects { get; init; } = [];
}

/// <summary>The gate turned the request away; <see cref="Workshop"/> is what it was about, when known (for the language and names).</summary>
public sealed record Refused(Refusal Reason, WorkshopHead? Workshop) : Outcome;

/// <summary>The same operation took effect before (a redelivered activity, or its twin that won the race): nothing changed, nothing to say.</summary>
public sealed record AlreadyDone : Outcome
{
    public static AlreadyDone Instance { get; } = new();
}

/// <summary>The workshop went away while the request was handled (deleted meanwhile): nothing was written.</summary>
public sealed record WorkshopGone : Outcome
{
    public static WorkshopGone Instance { get; } = new();
}

/// <summary>What a write that did not take effect comes to, for the handler to return as it is.</summary>
public static class Unwritten
{
    /// <summary><see cref="AlreadyDone"/> or <see cref="WorkshopGone"/>; null when the write was written (the handler goes on).</summary>
    public static Outcome? Of(WriteOutcome write) => write switch
    {
        WriteOutcome.AlreadyDone => AlreadyDone.Instance,
        WriteOutcome.WorkshopGone => WorkshopGone.Instance,
        _ => null,
    };
}
