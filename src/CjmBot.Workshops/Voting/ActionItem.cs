using CjmBot.Workshops.Frame;

namespace CjmBot.Workshops.Voting;

/// <summary>
/// A solution turned into an assignment: who does it and by when. Insert-only; setting the same solution again
/// is a new record, and the latest record for a solution is the one that stands.
/// </summary>
public sealed record ActionItem
{
    /// <summary>Derived from the inbound activity, so a redelivered card submit is recorded once.</summary>
    public required string Id { get; init; }

    public required string WorkshopId { get; init; }

    /// <summary>The solution answer this item carries out.</summary>
    public required string AnswerId { get; init; }

    public required string SegmentId { get; init; }

    /// <summary>The solution's words when the item was set, so the item reads on its own.</summary>
    public required string Text { get; init; }

    public required Participant Owner { get; init; }
    public required DateOnly Due { get; init; }
    public required Participant AssignedBy { get; init; }
    public required DateTimeOffset At { get; init; }
}
