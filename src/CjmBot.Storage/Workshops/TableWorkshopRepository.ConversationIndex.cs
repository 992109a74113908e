using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;
using CjmBot.Workshops;

namespace CjmBot.Storage.Workshops;

public sealed partial class TableWorkshopRepository
{
    /// <summary>The async mark's row in the conversation's index partition (outside the <c>w|</c> rows of its workshops).</summary>
    public const string AsyncSequencesRow = "async";

    /// <summary>Indexes by conversation partition key, each used only while its active workshop names its version.</summary>
    private readonly BoundedCache<string, StoredIndex> _indexes = new(CacheCapacity);

    public async Task<ConversationIndex> ReadConversationIndexAsync(string conversationId, CancellationToken cancellationToken) =>
        (await ReadStoredIndexAsync(TableStateKey.EscapeId(conversationId), cancellationToken).ConfigureAwait(false)).Index;

    /// <summary>
    /// One point read (the active workshop's progress) when this instance has read the conversation before and
    /// nothing changed since: the progress row's index version equals the one cached, and every index change raises
    /// it on the active workshop before it writes. Otherwise the index query and the head, as without a cache.
    /// </summary>
    public async Task<ConversationView> ReadConversationAsync(string conversationId, CancellationToken cancellationToken)
    {
        var partitionKey = TableStateKey.EscapeId(conversationId);
        if (_indexes.TryGet(partitionKey, out var cached) && cached.Index.ActiveWorkshopId is { } cachedActive)
        {
            var head = await ReadHeadAsync(cachedActive, cancellationToken).ConfigureAwait(false);
            if (head is not null && head.IndexVersion == cached.Version)
            {
                return new ConversationView(cached.Index, head.Head);
            }

            _indexes.Remove(partitionKey);
        }

        var stored = await ReadStoredIndexAsync(partitionKey, cancellationToken).ConfigureAwait(false);
        if (stored.Index.ActiveWorkshopId is not { } active)
        {
            return new ConversationView(stored.Index, null);
        }

        var activeHead = await ReadHeadAsync(active, cancellationToken).ConfigureAwait(false);
        if (activeHead is not null && activeHead.IndexVersion == stored.Version)
        {
            // Equal stamps mean no change of the index had begun when the head was read, so this index is current.
            _indexes.Set(partitionKey, stored);
        }

        return new ConversationView(stored.Index, activeHead?.Head);
    }

    public async IAsyncEnumerable<string> ListAllWorkshopIdsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Every index row of every conversation: row keys from "w|" up to (not including) "w}" ('}' follows '|').
        var filter = TableClient.CreateQueryFilter($"RowKey ge {WorkshopEntities.ConversationPrefix} and RowKey lt {"w}"}");
        var table = await _conversations.GetAsync(cancellationToken).ConfigureAwait(false);
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, select: [WorkshopEntities.WorkshopIdColumn], cancellationToken: cancellationToken)
            .ConfigureAwait(false))
        {
            if (entity.GetString(WorkshopEntities.WorkshopIdColumn) is { Length: > 0 } id)
            {
                yield return id;
            }
        }
    }

    public Task MarkAsyncSequencesAsync(string conversationId, CancellationToken cancellationToken) =>
        ChangeIndexAsync(
            conversationId,
            index => Task.FromResult(index.Index.HasAsyncSequences
                ? null
                : new TableTransactionAction(TableTransactionActionType.UpsertReplace, new TableEntity(TableStateKey.EscapeId(conversationId), AsyncSequencesRow))),
            cancellationToken);

    private async Task<StoredIndex> ReadStoredIndexAsync(string partitionKey, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey}");
        var table = await _conversations.GetAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<(string RowKey, string Id)>();
        var hasAsyncSequences = false;
        var version = 0L;
        ETag? versionETag = null;
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
            else if (entity.RowKey == WorkshopEntities.IndexVersionRow)
            {
                version = WorkshopEntities.Stamp(entity, WorkshopEntities.IndexVersionColumn);
                versionETag = entity.ETag;
            }
        }

        // Row-key order is creation order. Table Storage returns it so already; Cosmos DB for Table does not promise
        // to, so the order is made here and the same code serves both.
        rows.Sort(static (a, b) => string.CompareOrdinal(a.RowKey, b.RowKey));
        return new StoredIndex(new ConversationIndex(rows.ConvertAll(static row => row.Id), hasAsyncSequences), [.. rows.Select(static row => row.RowKey)], version, versionETag);
    }

    /// <summary>
    /// Changes a conversation's index so that no instance goes on using what it cached of it: the version the change
    /// will write is first set on the active workshop's progress (so cached copies stop matching it), then the change
    /// and the new version are written in one transaction, conditional on the version read; then the workshop active
    /// after it learns the new version, so caching resumes. <paramref name="change"/> sees the index as it is now, each
    /// round, and returns null for "nothing to do" (then this returns false).
    /// </summary>
    private async Task<bool> ChangeIndexAsync(
        string conversationId, Func<StoredIndex, Task<TableTransactionAction?>> change, CancellationToken cancellationToken)
    {
        var partitionKey = TableStateKey.EscapeId(conversationId);
        var table = await _conversations.GetAsync(cancellationToken).ConfigureAwait(false);
        _indexes.Remove(partitionKey);
        for (var attempt = 1; attempt <= MaxWriteAttempts; attempt++)
        {
            var current = await ReadStoredIndexAsync(partitionKey, cancellationToken).ConfigureAwait(false);
            if (await change(current).ConfigureAwait(false) is not { } action)
            {
                return false;
            }

            var next = current.Version + 1;
            if (current.Index.ActiveWorkshopId is { } before)
            {
                await RaiseIndexVersionAsync(before, next, cancellationToken).ConfigureAwait(false);
            }

            var version = new TableEntity(partitionKey, WorkshopEntities.IndexVersionRow) { [WorkshopEntities.IndexVersionColumn] = next };
            try
            {
                await table.SubmitTransactionAsync(
                    [
                        action,
                        current.VersionETag is { } etag
                            ? new TableTransactionAction(TableTransactionActionType.UpdateReplace, version, etag)
                            : new TableTransactionAction(TableTransactionActionType.Add, version),
                    ],
                    cancellationToken).ConfigureAwait(false);
            }
            catch (TableTransactionFailedException exception) when (exception.Status is 409 or 412)
            {
                Log.IndexWriteConflict(_logger, conversationId, attempt);
                continue;
            }

            var after = await ReadStoredIndexAsync(partitionKey, cancellationToken).ConfigureAwait(false);
            if (after.Index.ActiveWorkshopId is { } active)
            {
                await RaiseIndexVersionAsync(active, after.Version, cancellationToken).ConfigureAwait(false);
            }

            return true;
        }

        Log.IndexWriteGaveUp(_logger, conversationId, MaxWriteAttempts);
        throw new InvalidOperationException(
            $"The index of conversation {conversationId} changed concurrently {MaxWriteAttempts} times in a row; the change was not written.");
    }

    /// <summary>Sets a workshop's index version to at least <paramref name="version"/> (never lower); nothing if it is gone.</summary>
    private async Task RaiseIndexVersionAsync(string workshopId, long version, CancellationToken cancellationToken)
    {
        var table = await _workshops.GetAsync(cancellationToken).ConfigureAwait(false);
        var partitionKey = WorkshopEntities.PartitionKey(workshopId);
        for (var attempt = 1; attempt <= MaxWriteAttempts; attempt++)
        {
            var progress = await table.GetEntityIfExistsAsync<TableEntity>(
                partitionKey, WorkshopEntities.ProgressRow, select: [WorkshopEntities.IndexVersionColumn], cancellationToken).ConfigureAwait(false);
            if (!progress.HasValue || WorkshopEntities.Stamp(progress.Value!, WorkshopEntities.IndexVersionColumn) >= version)
            {
                return;
            }

            var stamp = new TableEntity(partitionKey, WorkshopEntities.ProgressRow) { [WorkshopEntities.IndexVersionColumn] = version };
            try
            {
                await table.UpdateEntityAsync(stamp, progress.Value!.ETag, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (RequestFailedException exception) when (exception.Status is 412 or 404)
            {
                Log.WorkshopWriteConflict(_logger, WorkshopEntities.ProgressRow, workshopId, attempt);
            }
        }

        throw GaveUp(WorkshopEntities.ProgressRow, workshopId);
    }

    /// <param name="RowKeys">The <c>w|</c> row of each workshop, in the order of <see cref="ConversationIndex.WorkshopIds"/>.</param>
    /// <param name="VersionETag">Null before the index's first versioned change.</param>
    private sealed record StoredIndex(ConversationIndex Index, IReadOnlyList<string> RowKeys, long Version, ETag? VersionETag);
}
