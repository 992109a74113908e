using Azure.Data.Tables;
using CjmBot.Workshops;
using CjmBot.Workshops.Themes;
using CjmBot.Workshops.Voting;
using CjmBot.Workshops.Writes;

namespace CjmBot.Storage.Workshops;

/// <summary>
/// Voting, action items and conclusions on Table Storage, as rows of the workshop's own partition (see
/// <see cref="DecisionEntities"/>): loading the workshop still takes one partition query.
/// </summary>
public sealed partial class TableWorkshopRepository
{
    public async Task<WriteOutcome> SetVotingAsync(string workshopId, string operationId, VotingState voting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(voting);
        return Outcome(await SubmitAsync(
            workshopId, operationId,
            [new TableTransactionAction(TableTransactionActionType.UpsertReplace, DecisionEntities.FromVoting(workshopId, voting))],
            claimIndex: null, cancellationToken).ConfigureAwait(false));
    }

    public async Task<BallotCast> CastBallotAsync(Ballot ballot, string operationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ballot);
        var table = await _workshops.GetAsync(cancellationToken).ConfigureAwait(false);
        var stored = await table.GetEntityIfExistsAsync<TableEntity>(
            WorkshopEntities.PartitionKey(ballot.WorkshopId), DecisionEntities.VotingRow, cancellationToken: cancellationToken).ConfigureAwait(false);
        var voting = stored.HasValue && stored.Value is { } entity ? Read(entity, DecisionEntities.ToVoting) : VotingState.NotStarted;
        if (!voting.IsOpen)
        {
            return new BallotCast(BallotOutcome.VotingNotOpen, WriteOutcome.Written);
        }

        if (ballot.Votes.Values.Any(v => v < 0) || ballot.Spent > voting.Budget)
        {
            return new BallotCast(BallotOutcome.OverBudget, WriteOutcome.Written);
        }

        await IndexAsync(ballot.Voter.Id, ballot.WorkshopId, cancellationToken).ConfigureAwait(false);
        // The ballot row belongs to this voter and segment alone: replacing it never touches anyone else's votes.
        var submitted = await SubmitAsync(
            ballot.WorkshopId, operationId,
            [new TableTransactionAction(TableTransactionActionType.UpsertReplace, DecisionEntities.FromBallot(ballot))],
            claimIndex: null, cancellationToken).ConfigureAwait(false);
        return new BallotCast(BallotOutcome.Recorded, Outcome(submitted));
    }

    public async Task<WriteOutcome> AddActionItemsAsync(string workshopId, string operationId, IReadOnlyList<ActionItem> items, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        foreach (var owner in items.Select(item => item.Owner.Id).Distinct(StringComparer.Ordinal))
        {
            await IndexAsync(owner, workshopId, cancellationToken).ConfigureAwait(false);
        }

        return await InsertAllAsync(workshopId, operationId, [.. items.Select(DecisionEntities.FromActionItem)], cancellationToken);
    }

    public async Task<WriteOutcome> AddConclusionsAsync(string workshopId, string operationId, IReadOnlyList<Conclusion> conclusions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conclusions);
        foreach (var author in conclusions.Select(conclusion => conclusion.Author.Id).Distinct(StringComparer.Ordinal))
        {
            await IndexAsync(author, workshopId, cancellationToken).ConfigureAwait(false);
        }

        return await InsertAllAsync(workshopId, operationId, [.. conclusions.Select(DecisionEntities.FromConclusion)], cancellationToken).ConfigureAwait(false);
    }

    public Task<WriteOutcome> AddThemeRecordAsync(ThemeRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        return InsertAllAsync(record.WorkshopId, record.Id, [ThemeEntities.FromRecord(record)], cancellationToken);
    }

    /// <summary>The themes rows among the partition's other rows.</summary>
    private IReadOnlyList<ThemeRecord> ReadThemes(string workshopId, List<TableEntity> rows) =>
        [.. rows.Where(entity => entity.RowKey.StartsWith(ThemeEntities.Prefix, StringComparison.Ordinal))
            .Select(entity => Read(entity, e => ThemeEntities.ToRecord(workshopId, e)))];

    /// <summary>Insert-only records of one operation, in one transaction (at most the transaction limit less the guard rows).</summary>
    private async Task<WriteOutcome> InsertAllAsync(string workshopId, string operationId, IReadOnlyList<TableEntity> rows, CancellationToken cancellationToken)
    {
        if (rows.Count > TransactionLimit - 2)
        {
            throw new ArgumentException($"One operation records at most {TransactionLimit - 2} rows.", nameof(rows));
        }

        var submitted = await SubmitAsync(
            workshopId, operationId, [.. rows.Select(row => new TableTransactionAction(TableTransactionActionType.Add, row))], claimIndex: null, cancellationToken)
            .ConfigureAwait(false);
        if (submitted == Submitted.Conflict)
        {
            // One of the records exists although the operation is new: their ids are derived from it, so it was this operation.
            return WriteOutcome.AlreadyDone;
        }

        return Outcome(submitted);
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
