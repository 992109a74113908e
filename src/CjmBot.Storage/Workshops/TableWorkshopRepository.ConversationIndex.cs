using Azure.Data.Tables;
using CjmBot.Workshops;

namespace CjmBot.Storage.Workshops;

public sealed partial class TableWorkshopRepository
{
    /// <summary>The async mark's row in the conversation's index partition (outside the <c>w|</c> rows of its workshops).</summary>
    public const string AsyncSequencesRow = "async";

    public async Task<ConversationIndex> ReadConversationIndexAsync(string conversationId, CancellationToken cancellationToken)
    {
        var partitionKey = TableStateKey.EscapeId(conversationId);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey}");
        var table = await _conversations.GetAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<(string RowKey, string Id)>();
        var hasAsyncSequences = false;
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (entity.RowKey.StartsWith(WorkshopEntities.ConversationPrefix, StringComparison.Ordinal))
            {
                rows.Add((entity.RowKey, Read(entity, static e => TableColumns.RequiredText(e, WorkshopEntities.WorkshopIdColumn))));
            }
            else if (entity.RowKey == AsyncSequencesRow)
            {
                hasAsyncSequences = true;
            }
        }

        // Row-key order is creation order. Table Storage returns it so already; Cosmos DB for Table does not promise
        // to, so the order is made here and the same code serves both.
        rows.Sort(static (a, b) => string.CompareOrdinal(a.RowKey, b.RowKey));
        return new ConversationIndex(rows.ConvertAll(static row => row.Id), hasAsyncSequences);
    }

    public async Task MarkAsyncSequencesAsync(string conversationId, CancellationToken cancellationToken)
    {
        var table = await _conversations.GetAsync(cancellationToken).ConfigureAwait(false);
        await table.UpsertEntityAsync(new TableEntity(TableStateKey.EscapeId(conversationId), AsyncSequencesRow), TableUpdateMode.Replace, cancellationToken)
            .ConfigureAwait(false);
    }
}
