using CjmBot.Workshops.Frame;
using CjmBot.Workshops.Progress;

namespace CjmBot.Application.Effects;

/// <summary>A side effect a use case asks for; dispatched after it, in one place (<see cref="IEffectDispatcher"/>).</summary>
public abstract record WorkshopEffect(string WorkshopId);

/// <summary>A contribution of this kind was stored (counted by the bot's telemetry).</summary>
public sealed record ContributionStored(string WorkshopId, Workshops.Contributions.ContributionKind Kind) : WorkshopEffect(WorkshopId);

/// <summary>Something the map shows changed: its live map is redrawn (coalesced, at most once a second).</summary>
public sealed record MapChanged(string WorkshopId) : WorkshopEffect(WorkshopId);

/// <summary>The session's timer may have changed: the durable schedule follows the progress (one job while a timebox runs).</summary>
public sealed record TimerChanged(WorkshopFrame Frame, WorkshopProgress Progress) : WorkshopEffect(Frame.Id);

/// <summary>The workshop was closed or reopened, or its retention changed: its deletion and reminder jobs follow (none unless closed).</summary>
public sealed record RetentionChanged(WorkshopFrame Frame, WorkshopProgress Progress) : WorkshopEffect(Frame.Id);

/// <summary>The personal-chat window closes at <paramref name="Deadline"/>; these people are reminded before it.</summary>
public sealed record DeadlineSet(string WorkshopId, DateTimeOffset Deadline, IReadOnlyList<string> Reminded) : WorkshopEffect(WorkshopId);

/// <summary>This person is to be reminded before the deadline.</summary>
public sealed record RemindersDue(string WorkshopId, string PersonId, DateTimeOffset Deadline) : WorkshopEffect(WorkshopId);

/// <summary>This person needs no more reminders (finished).</summary>
public sealed record RemindersCancelled(string WorkshopId, string PersonId) : WorkshopEffect(WorkshopId);

/// <summary>This person's current sequence, if it is this workshop's, ends (later, finished, closed).</summary>
public sealed record SequenceLeft(string WorkshopId, string PersonId) : WorkshopEffect(WorkshopId);

/// <summary>The workshop was deleted: the people invited to it no longer have a sequence in it.</summary>
public sealed record WorkshopRemoved(string WorkshopId, IReadOnlyList<string> InvitedPeople) : WorkshopEffect(WorkshopId);

/// <summary>Carries out effects; the bot implements it over its schedule and state.</summary>
public interface IEffectDispatcher
{
    Task DispatchAsync(IReadOnlyList<WorkshopEffect> effects, CancellationToken cancellationToken);
}
