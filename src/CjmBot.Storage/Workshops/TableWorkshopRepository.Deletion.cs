using Azure;
using Azure.Data.Tables;
using CjmBot.Workshops.Contributions;
using CjmBot.Workshops.Deletion;

namespace CjmBot.Storage.Workshops;

public sealed partial class TableWorkshopRepository
{
    /// <summary>The most operations Table Storage accepts in one transaction.</summary>
    private const int TransactionLimit = 100;

    /// <summary>
    /// Marks the workshop deleted first, in one transaction that removes its <see cref="WorkshopEntities.AliveRow"/> (every
    /// write from then on fails, see <see cref="SubmitAsync"/>) and flags its progress row (every read finds nothing). Only
    /// then is the partition read, so it sees every write that got in before the mark, and deleted in transactions of up
    /// to 100 rows, the frame and progress last together, so a delete that fails part-way still finds the workshop and
    /// finishes when run again; then the conversation's index row.
    /// </summary>
    public async Task<WorkshopRemoval?> DeleteAsync(string workshopId, CancellationToken cancellationToken)
    {
        var table = await _workshops.GetAsync(cancellationToken).ConfigureAwait(false);
        var partitionKey = WorkshopEntities.PartitionKey(workshopId);
        await MarkDeletedAsync(table, partitionKey, cancellationToken).ConfigureAwait(false);
        _frames.Remove(workshopId);

        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey}");
        var head = new List<TableEntity>();
        var rows = new List<TableEntity>();
        var contributions = new Dictionary<ContributionKind, int>();
        var others = new Dictionary<string, int>(StringComparer.Ordinal);
        var people = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey", "Kind", .. PersonColumns], cancellationToken: cancellationToken)
            .ConfigureAwait(false))
        {
            switch (entity.RowKey)
            {
                case WorkshopEntities.FrameRow or WorkshopEntities.ProgressRow:
                    head.Add(entity);
                    continue;
                case WorkshopEntities.AliveRow:
                    break;
                default:
                    if (WorkshopEntities.IsContribution(entity) && Enum.TryParse<ContributionKind>(entity.GetString("Kind"), out var kind))
                    {
                        contributions[kind] = contributions.GetValueOrDefault(kind) + 1;
                    }
                    else
                    {
                        var prefix = entity.RowKey.Split('|', 2)[0];
                        others[prefix] = others.GetValueOrDefault(prefix) + 1;
                    }

                    break;
            }

            people.UnionWith(PeopleOf(entity));
            rows.Add(entity);
        }

        if (head.Count == 0 && rows.Count == 0)
        {
            return null;
        }

        foreach (var batch in rows.Chunk(TransactionLimit))
        {
            await table.SubmitTransactionAsync(
                batch.Select(row => new TableTransactionAction(TableTransactionActionType.Delete, row, ETag.All)), cancellationToken)
                .ConfigureAwait(false);
        }

        var indexRows = 0;
        if (head.Find(entity => entity.RowKey == WorkshopEntities.FrameRow) is { } frameRow)
        {
            var frame = await table.GetEntityAsync<TableEntity>(frameRow.PartitionKey, frameRow.RowKey, cancellationToken: cancellationToken)
                .ConfigureAwait(false);
            var stored = Read(frame.Value, WorkshopEntities.ToFrame);
            var entry = WorkshopEntities.ConversationEntry(stored);
            await table.SubmitTransactionAsync(
                head.Select(row => new TableTransactionAction(TableTransactionActionType.Delete, row, ETag.All)), cancellationToken).ConfigureAwait(false);
            await ChangeIndexAsync(stored.ConversationId, index =>
            {
                // An entry never written (its creation failed part-way) leaves nothing to remove.
                indexRows = index.RowKeys.Contains(entry.RowKey) ? 1 : 0;
                return Task.FromResult(indexRows == 0 ? null : new TableTransactionAction(TableTransactionActionType.Delete, entry, ETag.All));
            }, cancellationToken).ConfigureAwait(false);
        }
        else if (head.Count > 0)
        {
            await table.SubmitTransactionAsync(
                head.Select(row => new TableTransactionAction(TableTransactionActionType.Delete, row, ETag.All)), cancellationToken).ConfigureAwait(false);
        }

        // The person index last: a deletion that fails before this point is run again and finds the people again.
        foreach (var person in people)
        {
            await UnindexAsync(person, workshopId, cancellationToken).ConfigureAwait(false);
        }

        _frames.Remove(workshopId);
        Log.WorkshopDeleted(_logger, workshopId, rows.Count + head.Count + indexRows);
        return new WorkshopRemoval(head.Count, contributions, others, indexRows);
    }

    /// <summary>Removes the alive row and flags the progress row, together; what is already gone stays gone.</summary>
    private static async Task MarkDeletedAsync(TableClient table, string partitionKey, CancellationToken cancellationToken)
    {
        var mark = new TableEntity(partitionKey, WorkshopEntities.ProgressRow) { [WorkshopEntities.DeletedColumn] = true };
        try
        {
            await table.SubmitTransactionAsync(
                [
                    new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(partitionKey, WorkshopEntities.AliveRow), ETag.All),
                    new TableTransactionAction(TableTransactionActionType.UpdateMerge, mark, ETag.All),
                ],
                cancellationToken).ConfigureAwait(false);
        }
        catch (TableTransactionFailedException exception) when (exception.Status == 404)
        {
            // A second run, a workshop from before the alive row, or one half-created: mark what is there.
            try
            {
                await table.UpdateEntityAsync(mark, ETag.All, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
            }
            catch (RequestFailedException missing) when (missing.Status == 404)
            {
                // No progress row: nothing can be written into it anyway (every write reads the head first or needs the alive row).
            }
        }
    }
}
