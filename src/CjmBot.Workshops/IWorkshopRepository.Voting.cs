using CjmBot.Workshops.Voting;

namespace CjmBot.Workshops;

/// <summary>
/// Dot-voting, action items and conclusions. All of it lives in the workshop's partition and comes back in
/// <see cref="WorkshopSnapshot.Decisions"/> with the one partition read of <see cref="LoadAsync"/>.
/// </summary>
public partial interface IWorkshopRepository
{
    /// <summary>Opens or closes voting, or changes the budget (facilitators only; the caller checks).</summary>
    Task SetVotingAsync(string workshopId, VotingState voting, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces the voter's ballot for the segment when voting is open and the ballot is within the budget.
    /// The voting state is read just before the write (voters never contend with each other), so a ballot
    /// whose check came before the facilitator's close is cast, as it was while voting was open.
    /// The caller checks that the ballot names only the segment's items (<see cref="VotingItems.Check"/>).
    /// </summary>
    Task<BallotOutcome> CastBallotAsync(Ballot ballot, CancellationToken cancellationToken);

    /// <summary>Records an action item. Returns false when one with the same id exists (a redelivery).</summary>
    Task<bool> AddActionItemAsync(ActionItem item, CancellationToken cancellationToken);

    /// <summary>Records a conclusion. Returns false when one with the same id exists (a redelivery).</summary>
    Task<bool> AddConclusionAsync(Conclusion conclusion, CancellationToken cancellationToken);
}
