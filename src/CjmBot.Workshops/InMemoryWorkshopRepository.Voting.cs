using CjmBot.Workshops.Voting;

namespace CjmBot.Workshops;

/// <summary>Voting, action items and conclusions in memory, under the repository's one lock.</summary>
public sealed partial class InMemoryWorkshopRepository
{
    private readonly Dictionary<string, StoredDecisions> _decisions = new(StringComparer.Ordinal);

    public Task SetVotingAsync(string workshopId, VotingState voting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(voting);
        lock (_gate)
        {
            DecisionsFor(workshopId).Voting = voting;
            Touch(workshopId);
        }

        return Task.CompletedTask;
    }

    public Task<BallotOutcome> CastBallotAsync(Ballot ballot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ballot);
        lock (_gate)
        {
            var decisions = DecisionsFor(ballot.WorkshopId);
            if (!decisions.Voting.IsOpen)
            {
                return Task.FromResult(BallotOutcome.VotingNotOpen);
            }

            if (ballot.Votes.Values.Any(v => v < 0) || ballot.Spent > decisions.Voting.Budget)
            {
                return Task.FromResult(BallotOutcome.OverBudget);
            }

            decisions.Ballots[(ballot.SegmentId, ballot.Voter.Id)] = ballot with { Votes = new Dictionary<string, int>(ballot.Votes, StringComparer.Ordinal) };
            Touch(ballot.WorkshopId);
            return Task.FromResult(BallotOutcome.Recorded);
        }
    }

    public Task<bool> AddActionItemAsync(ActionItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        lock (_gate)
        {
            return Task.FromResult(Touched(item.WorkshopId, DecisionsFor(item.WorkshopId).ActionItems.TryAdd(item.Id, item)));
        }
    }

    public Task<bool> AddConclusionAsync(Conclusion conclusion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conclusion);
        lock (_gate)
        {
            return Task.FromResult(Touched(conclusion.WorkshopId, DecisionsFor(conclusion.WorkshopId).Conclusions.TryAdd(conclusion.Id, conclusion)));
        }
    }

    /// <summary>Called under the lock: stamps the workshop when <paramref name="written"/>.</summary>
    private bool Touched(string workshopId, bool written)
    {
        if (written)
        {
            Touch(workshopId);
        }

        return written;
    }

    /// <summary>Called under the lock.</summary>
    private WorkshopDecisions DecisionsOf(string workshopId) =>
        _decisions.TryGetValue(workshopId, out var stored)
            ? new WorkshopDecisions(stored.Voting, [.. stored.Ballots.Values], [.. stored.ActionItems.Values], [.. stored.Conclusions.Values])
            : WorkshopDecisions.Empty;

    /// <summary>Called under the lock; the workshop must exist.</summary>
    private StoredDecisions DecisionsFor(string workshopId)
    {
        _ = Get(workshopId);
        if (!_decisions.TryGetValue(workshopId, out var stored))
        {
            _decisions[workshopId] = stored = new StoredDecisions();
        }

        return stored;
    }

    private sealed class StoredDecisions
    {
        public VotingState Voting { get; set; } = VotingState.NotStarted;
        public Dictionary<(string Segment, string Voter), Ballot> Ballots { get; } = [];
        public Dictionary<string, ActionItem> ActionItems { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, Conclusion> Conclusions { get; } = new(StringComparer.Ordinal);
    }
}
