using Azure;
using Azure.Data.Tables;
using CjmBot.Protocol.State;
using CjmBot.Workshops.Contributions;
using CjmBot.Workshops.Frame;
using CjmBot.Workshops.People;

namespace CjmBot.Storage.Workshops;

/// <summary>
/// The person → workshops index on Table Storage: in <c>{prefix}Conversations</c>, one partition per person
/// (<c>people|{person id}</c>) with one row per workshop (row key = the workshop id). Written before the write that records
/// something of the person (an answer, ballot, invitation, action item or conclusion), once per person, workshop and
/// instance (a process-local set), so a burst of answers costs one upsert per person, not per answer; a row left by a
/// write that then failed names a workshop with nothing of theirs, which erasure and "my data" simply pass.
/// </summary>
public sealed partial class TableWorkshopRepository
{
    public const string PeoplePartitionPrefix = "people|";

    /// <summary>(person, workshop) pairs this instance has indexed.</summary>
    private readonly BoundedCache<(string Person, string Workshop), bool> _indexed = new(CacheCapacity * 4);

    public async Task<IReadOnlyList<string>> ListWorkshopsOfPersonAsync(string personId, CancellationToken cancellationToken)
    {
        var table = await _conversations.GetAsync(cancellationToken).ConfigureAwait(false);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {PeoplePartition(personId)}");
        var workshops = new List<string>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, select: [WorkshopEntities.WorkshopIdColumn], cancellationToken: cancellationToken)
            .ConfigureAwait(false))
        {
            if (row.GetString(WorkshopEntities.WorkshopIdColumn) is { } id)
            {
                workshops.Add(id);
            }
        }

        return workshops;
    }

    public async Task<PersonErasure?> ErasePersonAsync(string workshopId, Participant person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var table = await _workshops.GetAsync(cancellationToken).ConfigureAwait(false);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {WorkshopEntities.PartitionKey(workshopId)}");
        var actions = new List<TableTransactionAction>();
        var contributions = new Dictionary<ContributionKind, int>();
        int conclusions = 0, invitations = 0, ballots = 0, actionItems = 0, others = 0;
        var exists = false;
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var row = entity.RowKey;
            if (row == WorkshopEntities.ProgressRow)
            {
                exists = !WorkshopEntities.IsMarkedDeleted(entity);
            }
            else if (WorkshopEntities.IsContribution(entity))
            {
                if (entity.GetString("AuthorId") == person.Id && Enum.TryParse<ContributionKind>(entity.GetString("Kind"), out var kind))
                {
                    actions.Add(Delete(entity));
                    contributions[kind] = contributions.GetValueOrDefault(kind) + 1;
                }
            }
            else if (row.StartsWith(DecisionEntities.BallotPrefix, StringComparison.Ordinal) && row != DecisionEntities.VotingRow)
            {
                if (entity.GetString("VoterId") == person.Id)
                {
                    // The dots stay, under a random voter nobody is: totals and ranks do not change.
                    var anonymous = PersonRecords.AnonymousVoterPrefix + Guid.NewGuid().ToString("N");
                    var copy = new TableEntity(entity) { RowKey = DecisionEntities.BallotRow(entity.GetString("SegmentId") ?? "", anonymous), ETag = default };
                    copy["VoterId"] = anonymous;
                    copy["VoterName"] = "";
                    copy.Remove("odata.etag");
                    actions.Add(Delete(entity));
                    actions.Add(new TableTransactionAction(TableTransactionActionType.Add, copy));
                    ballots++;
                }
            }
            else if (row.StartsWith(DecisionEntities.ActionItemPrefix, StringComparison.Ordinal))
            {
                var owned = entity.GetString("OwnerId") == person.Id;
                var assigned = entity.GetString("AssignedById") == person.Id;
                if (owned || assigned)
                {
                    var change = new TableEntity(entity.PartitionKey, row);
                    if (owned)
                    {
                        change["OwnerId"] = Participant.Former.Id;
                        change["OwnerName"] = Participant.Former.Name;
                    }

                    if (assigned)
                    {
                        change["AssignedById"] = Participant.Former.Id;
                        change["AssignedByName"] = Participant.Former.Name;
                    }

                    actions.Add(new TableTransactionAction(TableTransactionActionType.UpdateMerge, change, ETag.All));
                    actionItems++;
                }
            }
            else if (row.StartsWith(DecisionEntities.ConclusionPrefix, StringComparison.Ordinal))
            {
                if (entity.GetString("AuthorId") == person.Id)
                {
                    actions.Add(Delete(entity));
                    conclusions++;
                }
            }
            else if (row.StartsWith(AsyncEntities.InvitationPrefix, StringComparison.Ordinal))
            {
                if (entity.GetString("PersonId") == person.Id)
                {
                    actions.Add(Delete(entity));
                    invitations++;
                }
            }
            else if ((row.StartsWith(StatePrefix, StringComparison.Ordinal) || row.StartsWith(CardPrefix, StringComparison.Ordinal)) && Holds(entity, person))
            {
                actions.Add(Delete(entity));
                others++;
            }
        }

        if (!exists)
        {
            await UnindexAsync(person.Id, workshopId, cancellationToken).ConfigureAwait(false);
            return null;
        }

        // Through the one door, in transactions of at most 98 (with the alive check): nothing lands once deletion began.
        foreach (var batch in actions.Chunk(TransactionLimit - 2))
        {
            if (await SubmitAsync(workshopId, operationId: null, batch, claimIndex: null, cancellationToken).ConfigureAwait(false) == Submitted.Gone)
            {
                await UnindexAsync(person.Id, workshopId, cancellationToken).ConfigureAwait(false);
                return null;
            }
        }

        await UnindexAsync(person.Id, workshopId, cancellationToken).ConfigureAwait(false);
        Log.PersonErased(_logger, workshopId, actions.Count);
        return new PersonErasure(contributions, conclusions, invitations, ballots, actionItems, others);
    }

    public async Task<int> RemoveCardsPostedForAsync(string conversationId, string personId, CancellationToken cancellationToken)
    {
        var table = await _conversations.GetAsync(cancellationToken).ConfigureAwait(false);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {CardsPartition(conversationId)} and PostedFor eq {personId}");
        var removed = 0;
        await foreach (var row in table.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            await DeleteIfThereAsync(table, row.PartitionKey, row.RowKey, cancellationToken).ConfigureAwait(false);
            removed++;
        }

        return removed;
    }

    /// <summary>Before a write that records something of the person: their index row, unless this instance wrote it already.</summary>
    private async Task IndexAsync(string personId, string workshopId, CancellationToken cancellationToken)
    {
        if (personId == Participant.Former.Id || _indexed.TryGet((personId, workshopId), out _))
        {
            return;
        }

        var table = await _conversations.GetAsync(cancellationToken).ConfigureAwait(false);
        var row = new TableEntity(PeoplePartition(personId), TableStateKey.EscapeId(workshopId)) { [WorkshopEntities.WorkshopIdColumn] = workshopId };
        await table.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        _indexed.Set((personId, workshopId), true);
    }

    private async Task UnindexAsync(string personId, string workshopId, CancellationToken cancellationToken)
    {
        _indexed.Remove((personId, workshopId));
        var table = await _conversations.GetAsync(cancellationToken).ConfigureAwait(false);
        await DeleteIfThereAsync(table, PeoplePartition(personId), TableStateKey.EscapeId(workshopId), cancellationToken).ConfigureAwait(false);
    }

    private static async Task DeleteIfThereAsync(TableClient table, string partitionKey, string rowKey, CancellationToken cancellationToken)
    {
        try
        {
            await table.DeleteEntityAsync(partitionKey, rowKey, ETag.All, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException exception) when (exception.Status == 404)
        {
            // Already gone: what was asked for is true.
        }
    }

    /// <summary>The ids of the people a row of a workshop holds records of (for removing their index rows with the workshop).</summary>
    private static IEnumerable<string> PeopleOf(TableEntity entity)
    {
        foreach (var column in PersonColumns)
        {
            if (entity.GetString(column) is { Length: > 0 } id)
            {
                yield return id;
            }
        }
    }

    /// <summary>The columns that hold a person's id: contributions and conclusions, ballots, action items, invitations.</summary>
    private static readonly string[] PersonColumns = ["AuthorId", "VoterId", "OwnerId", "PersonId"];

    private static bool Holds(TableEntity entity, Participant person) =>
        entity.RowKey.Contains(TableStateKey.EscapeId(StateKeys.Escape(person.Id)), StringComparison.Ordinal)
        || entity.Select(pair => pair.Value).OfType<string>().Any(value => PersonRecords.Mentions(value, person));

    private static TableTransactionAction Delete(TableEntity entity) => new(TableTransactionActionType.Delete, entity, ETag.All);

    private static string PeoplePartition(string personId) => PeoplePartitionPrefix + TableStateKey.EscapeId(personId);
}
