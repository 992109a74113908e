using Azure;
using Azure.Data.Tables;
using CjmBot.Workshops;
using CjmBot.Workshops.Voting;

namespace CjmBot.Storage.Workshops;

/// <summary>
/// Voting, action items and conclusions on Table Storage, as rows of the workshop's own partition (see
/// <see cref="DecisionEntities"/>): loading the workshop still takes one partition query.
/// </summary>
public sealed partial class TableWorkshopRepository
{
    public async Task SetVotingAsync(string workshopId, VotingState voting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(voting);
        var table = await _workshops.GetAsync(cancellationToken).ConfigureAwait(false);
        await table.UpsertEntityAsync(DecisionEntities.FromVoting(workshopId, voting), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    public async Task<BallotOutcome> CastBallotAsync(Ballot ballot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ballot);
        var table = await _workshops.GetAsync(cancellationToken).ConfigureAwait(false);
        var stored = await table.GetEntityIfExistsAsync<TableEntity>(
            WorkshopEntities.PartitionKey(ballot.WorkshopId), DecisionEntities.VotingRow, cancellationToken: cancellationToken).ConfigureAwait(false);
        var voting = stored.HasValue && stored.Value is { } entity ? Read(entity, DecisionEntities.ToVoting) : VotingState.NotStarted;
        if (!voting.IsOpen)
        {
            return BallotOutcome.VotingNotOpen;
        }

        if (ballot.Votes.Values.Any(v => v < 0) || ballot.Spent > voting.Budget)
        {
            return BallotOutcome.OverBudget;
        }

        // The ballot row belongs to this voter and segment alone: replacing it never touches anyone else's votes.
        await table.UpsertEntityAsync(DecisionEntities.FromBallot(ballot), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        return BallotOutcome.Recorded;
    }

    public Task<bool> AddActionItemAsync(ActionItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        return InsertOnceAsync(item.WorkshopId, DecisionEntities.FromActionItem(item), cancellationToken);
    }

    public Task<bool> AddConclusionAsync(Conclusion conclusion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conclusion);
        return InsertOnceAsync(conclusion.WorkshopId, DecisionEntities.FromConclusion(conclusion), cancellationToken);
    }

    private async Task<bool> InsertOnceAsync(string workshopId, TableEntity entity, CancellationToken cancellationToken)
    {
        var table = await _workshops.GetAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await table.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException exception) when (exception.Status == 409)
        {
            Log.DuplicateDecisionRecord(_logger, entity.RowKey, workshopId);
            return false;
        }
    }

    /// <summary>The partition's rows that are neither frame, progress nor contributions; rows of other kinds are left alone.</summary>
    private WorkshopDecisions ReadDecisions(string workshopId, List<TableEntity> rows)
    {
        var voting = VotingState.NotStarted;
        var ballots = new List<Ballot>();
        var actionItems = new List<ActionItem>();
        var conclusions = new List<Conclusion>();
        foreach (var entity in rows)
        {
            if (entity.RowKey == DecisionEntities.VotingRow)
            {
                voting = Read(entity, DecisionEntities.ToVoting);
            }
            else if (entity.RowKey.StartsWith(DecisionEntities.BallotPrefix, StringComparison.Ordinal))
            {
                ballots.Add(Read(entity, e => DecisionEntities.ToBallot(workshopId, e)));
            }
            else if (entity.RowKey.StartsWith(DecisionEntities.ActionItemPrefix, StringComparison.Ordinal))
            {
                actionItems.Add(Read(entity, e => DecisionEntities.ToActionItem(workshopId, e)));
            }
            else if (entity.RowKey.StartsWith(DecisionEntities.ConclusionPrefix, StringComparison.Ordinal))
            {
                conclusions.Add(Read(entity, e => DecisionEntities.ToConclusion(workshopId, e)));
            }
        }

        return new WorkshopDecisions(voting, ballots, actionItems, conclusions);
    }
}
