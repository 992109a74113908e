using CjmBot.Workshops.Frame;

namespace CjmBot.Workshops.Voting;

/// <summary>
/// One participant's dots in one segment: how many votes they put on each barrier or solution (by answer id).
/// The voter replaces their own ballot as often as they like while voting is open; nobody else's is touched.
/// </summary>
public sealed record Ballot(string WorkshopId, string SegmentId, Participant Voter, IReadOnlyDictionary<string, int> Votes, DateTimeOffset At)
{
    public int Spent => Votes.Values.Sum();

    public int VotesFor(string answerId) => Votes.TryGetValue(answerId, out var votes) ? votes : 0;
}

/// <summary>What became of a ballot.</summary>
public enum BallotOutcome
{
    Recorded,

    /// <summary>Voting has not been opened yet, or the facilitator has closed it.</summary>
    VotingNotOpen,

    /// <summary>More votes than the budget, or a negative count.</summary>
    OverBudget,
}
