using CjmBot.Workshops.Voting;
using CjmBot.Workshops.Writes;

namespace CjmBot.Workshops;

/// <summary>
/// Dot-voting, action items and conclusions. All of it lives in the workshop's partition and comes back in
/// <see cref="WorkshopSnapshot.Decisions"/> with the one partition read of <see cref="LoadAsync"/>.
/// </summary>
public partial interface IWorkshopRepository
{
    /// <summary>Opens or closes voting, or changes the budget.</summary>
    Task<WriteOutcome> SetVotingAsync(string workshopId, string operationId, VotingState voting, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces the voter's ballot for the segment when voting is open and the ballot is within the budget.
    /// The voting state is read just before the write (voters never contend with each other), so a ballot
    /// whose check came before the facilitator's close is cast, as it was while voting was open.
    /// The caller checks that the ballot names only the segment's items (<see cref="VotingItems.Check"/>).
    /// </summary>
    Task<BallotCast> CastBallotAsync(Ballot ballot, string operationId, CancellationToken cancellationToken);

    /// <summary>Records action items (one operation, however many items).</summary>
    Task<WriteOutcome> AddActionItemsAsync(string workshopId, string operationId, IReadOnlyList<ActionItem> items, CancellationToken cancellationToken);

    /// <summary>Records conclusions (one operation, however many topics).</summary>
    Task<WriteOutcome> AddConclusionsAsync(string workshopId, string operationId, IReadOnlyList<Conclusion> conclusions, CancellationToken cancellationToken);
}

/// <summary>A ballot as cast: what voting said of it, and whether it was written.</summary>
public sealed record BallotCast(BallotOutcome Outcome, WriteOutcome Write);
