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
    /// Deletes the partition in transactions of up to 100 rows, the frame last, so a delete that fails part-way
    /// still finds the workshop and finishes when run again; then the conversation's index row.
    /// </summary>
    public async Task<WorkshopRemoval?> DeleteAsync(string workshopId, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {WorkshopEntities.PartitionKey(workshopId)}");
        var table = await _workshops.GetAsync(cancellationToken).ConfigureAwait(false);
        TableEntity? frameEntity = null;
        var rows = new List<TableEntity>();
        var contributions = new Dictionary<ContributionKind, int>();
        var others = new Dictionary<string, int>(StringComparer.Ordinal);
        var headRows = 0;
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey", "Kind"], cancellationToken: cancellationToken)
            .ConfigureAwait(false))
        {
            switch (entity.RowKey)
            {
                case WorkshopEntities.FrameRow:
                    frameEntity = entity;
                    headRows++;
                    continue;
                case WorkshopEntities.ProgressRow:
                    headRows++;
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

            rows.Add(entity);
        }

        if (frameEntity is null && rows.Count == 0)
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
        if (frameEntity is not null)
        {
            var frame = await table.GetEntityAsync<TableEntity>(frameEntity.PartitionKey, frameEntity.RowKey, cancellationToken: cancellationToken)
                .ConfigureAwait(false);
            var stored = Read(frame.Value, WorkshopEntities.ToFrame);
            var entry = WorkshopEntities.ConversationEntry(stored);
            await table.DeleteEntityAsync(frameEntity.PartitionKey, frameEntity.RowKey, ETag.All, cancellationToken).ConfigureAwait(false);
            _frames.Remove(workshopId);
            await ChangeIndexAsync(stored.ConversationId, index =>
            {
                // An entry never written (its creation failed part-way) leaves nothing to remove.
                indexRows = index.RowKeys.Contains(entry.RowKey) ? 1 : 0;
                return indexRows == 0 ? null : new TableTransactionAction(TableTransactionActionType.Delete, entry, ETag.All);
            }, cancellationToken).ConfigureAwait(false);
        }

        Log.WorkshopDeleted(_logger, workshopId, rows.Count + (frameEntity is null ? 0 : 1) + indexRows);
        return new WorkshopRemoval(headRows, contributions, others, indexRows);
    }
}
