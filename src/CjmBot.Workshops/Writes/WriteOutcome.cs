namespace CjmBot.Workshops.Writes;

/// <summary>
/// What became of a write into a workshop. Every write names the operation it comes from (derived from the inbound
/// activity, or from a job), and a workshop takes each operation at most once, so a redelivered activity changes
/// nothing; and nothing is written into a workshop once its deletion has begun.
/// </summary>
public enum WriteOutcome
{
    Written,

    /// <summary>The same operation was applied before (a redelivery, or its other copy won the race).</summary>
    AlreadyDone,

    /// <summary>The workshop does not exist, or is being deleted.</summary>
    WorkshopGone,
}
