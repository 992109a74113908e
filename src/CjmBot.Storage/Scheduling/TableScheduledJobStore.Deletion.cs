using Azure;
using Azure.Data.Tables;

namespace CjmBot.Storage.Scheduling;

public sealed partial class TableScheduledJobStore
{
    /// <summary>
    /// One range query over the row keys (escaping keeps a key's prefix a prefix of its row key), then one delete
    /// per job found whose key is the prefix or continues it with <c>/</c>. A job completed meanwhile by its runner
    /// is simply not there any more.
    /// </summary>
    public async Task<int> CancelAllAsync(string keyPrefix, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(keyPrefix);
        var from = TableStateKey.EscapeId(keyPrefix);
        var to = from[..^1] + (char)(from[^1] + 1);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and RowKey ge {from} and RowKey lt {to}");
        var table = await _jobs.GetAsync(cancellationToken).ConfigureAwait(false);
        var exact = from;
        var under = TableStateKey.EscapeId(keyPrefix + "/");
        var removed = 0;
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken)
            .ConfigureAwait(false))
        {
            if (entity.RowKey != exact && !entity.RowKey.StartsWith(under, StringComparison.Ordinal))
            {
                continue;
            }

            try
            {
                await table.DeleteEntityAsync(Partition, entity.RowKey, ETag.All, cancellationToken).ConfigureAwait(false);
                removed++;
            }
            catch (RequestFailedException exception) when (exception.Status == 404)
            {
                // Completed by its runner in the meantime.
            }
        }

        Log.JobsRemoved(_logger, keyPrefix, removed);
        return removed;
    }
}
