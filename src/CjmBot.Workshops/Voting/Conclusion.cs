using CjmBot.Workshops.Frame;

namespace CjmBot.Workshops.Voting;

/// <summary>The three questions the group concludes a workshop with.</summary>
public enum ConclusionTopic
{
    /// <summary>Which way the product should go.</summary>
    ProductDirection,

    /// <summary>Whether the way we interact with the customer and the business model are right.</summary>
    InteractionAndBusinessModel,

    /// <summary>What to change to reach the KPIs.</summary>
    KpiChanges,
}

/// <summary>
/// One person's conclusion on one topic. Insert-only: saying it again is a new record, and a person's latest
/// record on a topic is the one that stands.
/// </summary>
public sealed record Conclusion
{
    /// <summary>Derived from the inbound activity and the topic, so a redelivered submit is recorded once.</summary>
    public required string Id { get; init; }

    public required string WorkshopId { get; init; }
    public required ConclusionTopic Topic { get; init; }
    public required string Text { get; init; }
    public required Participant Author { get; init; }
    public required DateTimeOffset At { get; init; }
}
