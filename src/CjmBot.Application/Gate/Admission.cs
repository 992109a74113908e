using CjmBot.Application.Requests;
using CjmBot.Workshops;
using CjmBot.Workshops.Async;

namespace CjmBot.Application.Gate;

/// <summary>
/// A request the gate let through: its origin, the workshop it is about (frame and progress as read now), the card it
/// came from and the invitation it acts under, when the access asked for them. Handlers write through
/// <see cref="OperationId"/>, so the request takes effect at most once.
/// </summary>
public sealed record Admission(Origin Origin, Access Access)
{
    public WorkshopHead? Head { get; init; }

    public PostedCard? Card { get; init; }

    public Invitation? Invitation { get; init; }

    /// <summary>The workshop, for use cases whose access names one.</summary>
    public WorkshopHead Workshop => Head ?? throw new InvalidOperationException("This request's access names no workshop.");

    public string OperationId => Origin.OperationId;

    public bool ActorIsFacilitator => Head?.Frame.IsFacilitator(Origin.Actor.Id) == true;

    /// <summary>Whether <paramref name="revision"/> is the one the card showed (always, when the access named none).</summary>
    public bool IsCurrent(int revision) => Access.Revision is not { } shown || shown == revision;
}
