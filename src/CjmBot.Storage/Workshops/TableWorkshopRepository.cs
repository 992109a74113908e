using Azure;
using Azure.Data.Tables;
using CjmBot.Workshops;
using CjmBot.Workshops.Contributions;
using CjmBot.Workshops.Frame;
using CjmBot.Workshops.Progress;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CjmBot.Storage.Workshops;

/// <summary>
/// <see cref="IWorkshopRepository"/> on Azure Table Storage. Table <c>{prefix}Workshops</c>: one partition per
/// workshop holding the rows <c>frame</c>, <c>progress</c> and <c>c|{contribution id}</c>. Table
/// <c>{prefix}Conversations</c>: one partition per conversation, one row per workshop held in it, keyed by creation
/// time. Loading a workshop is one partition query; an answer is one insert of its own row, so answers never
/// contend with each other or with facilitator moves, which rewrite only the small progress row under its ETag.
/// </summary>
public sealed partial class TableWorkshopRepository : IWorkshopRepository, IDisposable
{
    /// <summary>Optimistic-concurrency rounds before a frame or progress change gives up.</summary>
    public const int MaxWriteAttempts = 20;

    private readonly LazyTable _workshops;
    private readonly LazyTable _conversations;
    private readonly ILogger<TableWorkshopRepository> _logger;

    public TableWorkshopRepository(TableServiceClient serviceClient, IOptions<TableStorageOptions> options, ILogger<TableWorkshopRepository> logger)
    {
        ArgumentNullException.ThrowIfNull(serviceClient);
        ArgumentNullException.ThrowIfNull(options);
        _logger = logger;
        _workshops = new LazyTable(serviceClient, options.Value.WorkshopsTableName, logger);
        _conversations = new LazyTable(serviceClient, options.Value.ConversationsTableName, logger);
    }

    public string WorkshopsTableName => _workshops.Name;

    public string ConversationsTableName => _conversations.Name;

    public async Task CreateAsync(WorkshopFrame frame, WorkshopProgress progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(progress);
        var head = new[]
        {
            new TableTransactionAction(TableTransactionActionType.Add, WorkshopEntities.FromFrame(frame)),
            new TableTransactionAction(TableTransactionActionType.Add, WorkshopEntities.FromProgress(frame.Id, progress)),
        };
        var entry = WorkshopEntities.ConversationEntry(frame);

        var workshops = await _workshops.GetAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await workshops.SubmitTransactionAsync(head, cancellationToken).ConfigureAwait(false);
        }
        catch (TableTransactionFailedException exception) when (exception.Status == 409)
        {
            throw new InvalidOperationException($"Workshop {frame.Id} exists already.", exception);
        }

        // Indexed only once it exists, so the index never points at nothing. The row key is derived from the frame,
        // so writing it again is harmless.
        var conversations = await _conversations.GetAsync(cancellationToken).ConfigureAwait(false);
        await conversations.UpsertEntityAsync(entry, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        Log.WorkshopCreated(_logger, frame.Id, frame.ConversationId);
    }

    public async Task<string?> GetActiveWorkshopIdAsync(string conversationId, CancellationToken cancellationToken)
    {
        var ids = await ListWorkshopIdsAsync(conversationId, cancellationToken).ConfigureAwait(false);
        return ids.Count == 0 ? null : ids[^1];
    }

    public async Task<IReadOnlyList<string>> ListWorkshopIdsAsync(string conversationId, CancellationToken cancellationToken) =>
        (await ReadConversationIndexAsync(conversationId, cancellationToken).ConfigureAwait(false)).WorkshopIds;

    public async Task<WorkshopHead?> GetHeadAsync(string workshopId, CancellationToken cancellationToken) =>
        (await ReadHeadAsync(workshopId, cancellationToken).ConfigureAwait(false))?.Head;

    public async Task<WorkshopSnapshot?> LoadAsync(string workshopId, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {WorkshopEntities.PartitionKey(workshopId)}");
        var table = await _workshops.GetAsync(cancellationToken).ConfigureAwait(false);
        TableEntity? frameEntity = null;
        TableEntity? progressEntity = null;
        var contributions = new List<Contribution>();
        var decisionRows = new List<TableEntity>();
        // One query; pages are followed for a workshop of more than a thousand contributions.
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            switch (entity.RowKey)
            {
                case WorkshopEntities.FrameRow:
                    frameEntity = entity;
                    break;
                case WorkshopEntities.ProgressRow:
                    progressEntity = entity;
                    break;
                default:
                    if (WorkshopEntities.IsContribution(entity))
                    {
                        contributions.Add(Read(entity, e => WorkshopEntities.ToContribution(workshopId, e)));
                    }
                    else
                    {
                        decisionRows.Add(entity);
                    }

                    break;
            }
        }

        if (frameEntity is null)
        {
            return null;
        }

        var progress = progressEntity ?? throw Damaged(workshopId, "it has a frame but no progress");
        contributions.Sort(static (a, b) => a.At != b.At ? a.At.CompareTo(b.At) : string.CompareOrdinal(a.Id, b.Id));
        return new WorkshopSnapshot(
            Read(frameEntity, WorkshopEntities.ToFrame), Read(progress, WorkshopEntities.ToProgress), contributions)
        {
            Decisions = ReadDecisions(workshopId, decisionRows),
        };
    }

    public async Task<ProgressChange> UpdateProgressAsync(
        string workshopId, Func<WorkshopFrame, WorkshopProgress, ProgressChange> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var table = await _workshops.GetAsync(cancellationToken).ConfigureAwait(false);
        for (var attempt = 1; attempt <= MaxWriteAttempts; attempt++)
        {
            var current = await ReadHeadAsync(workshopId, cancellationToken).ConfigureAwait(false)
                ?? throw new KeyNotFoundException($"No workshop {workshopId}.");
            var result = change(current.Head.Frame, current.Head.Progress);
            if (!result.Succeeded || result.Progress is not { } progress)
            {
                return result;
            }

            try
            {
                await table.UpdateEntityAsync(
                    WorkshopEntities.FromProgress(workshopId, progress), current.ProgressETag, TableUpdateMode.Replace, cancellationToken)
                    .ConfigureAwait(false);
                return result;
            }
            catch (RequestFailedException exception) when (exception.Status == 412)
            {
                Log.WorkshopWriteConflict(_logger, WorkshopEntities.ProgressRow, workshopId, attempt);
            }
        }

        throw GaveUp(WorkshopEntities.ProgressRow, workshopId);
    }

    public async Task<WorkshopFrame> UpdateFrameAsync(string workshopId, Func<WorkshopFrame, WorkshopFrame> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var table = await _workshops.GetAsync(cancellationToken).ConfigureAwait(false);
        for (var attempt = 1; attempt <= MaxWriteAttempts; attempt++)
        {
            var current = await ReadHeadAsync(workshopId, cancellationToken).ConfigureAwait(false)
                ?? throw new KeyNotFoundException($"No workshop {workshopId}.");
            var frame = change(current.Head.Frame);
            if (frame.Id != current.Head.Frame.Id || frame.ConversationId != current.Head.Frame.ConversationId)
            {
                // The id is the partition and the conversation is indexed: neither can move.
                throw new InvalidOperationException($"A frame change may not alter the id or conversation of workshop {workshopId}.");
            }

            try
            {
                await table.UpdateEntityAsync(WorkshopEntities.FromFrame(frame), current.FrameETag, TableUpdateMode.Replace, cancellationToken)
                    .ConfigureAwait(false);
                return frame;
            }
            catch (RequestFailedException exception) when (exception.Status == 412)
            {
                Log.WorkshopWriteConflict(_logger, WorkshopEntities.FrameRow, workshopId, attempt);
            }
        }

        throw GaveUp(WorkshopEntities.FrameRow, workshopId);
    }

    public async Task<bool> AddContributionAsync(Contribution contribution, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contribution);
        var entity = WorkshopEntities.FromContribution(contribution);
        var table = await _workshops.GetAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Insert only: a redelivered activity finds its row and changes nothing.
            await table.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException exception) when (exception.Status == 409)
        {
            Log.DuplicateContribution(_logger, contribution.Id, contribution.WorkshopId);
            return false;
        }
    }

    public void Dispose()
    {
        _workshops.Dispose();
        _conversations.Dispose();
    }

    /// <summary>Frame and progress with their ETags, in one query.</summary>
    private async Task<StoredHead?> ReadHeadAsync(string workshopId, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {WorkshopEntities.PartitionKey(workshopId)} and (RowKey eq {WorkshopEntities.FrameRow} or RowKey eq {WorkshopEntities.ProgressRow})");
        var table = await _workshops.GetAsync(cancellationToken).ConfigureAwait(false);
        TableEntity? frame = null;
        TableEntity? progress = null;
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (entity.RowKey == WorkshopEntities.FrameRow)
            {
                frame = entity;
            }
            else
            {
                progress = entity;
            }
        }

        if (frame is null)
        {
            return null;
        }

        if (progress is null)
        {
            throw Damaged(workshopId, "it has a frame but no progress");
        }

        var head = new WorkshopHead(Read(frame, WorkshopEntities.ToFrame), Read(progress, WorkshopEntities.ToProgress));
        return new StoredHead(head, frame.ETag, progress.ETag);
    }

    private T Read<T>(TableEntity entity, Func<TableEntity, T> map)
    {
        try
        {
            return map(entity);
        }
        catch (InvalidDataException exception)
        {
            Log.DamagedWorkshopEntity(_logger, entity.PartitionKey, entity.RowKey, exception.Message);
            throw;
        }
    }

    private InvalidDataException Damaged(string workshopId, string problem)
    {
        Log.DamagedWorkshopEntity(_logger, workshopId, "*", problem);
        return new InvalidDataException($"Workshop {workshopId} is damaged: {problem}.");
    }

    private InvalidOperationException GaveUp(string row, string workshopId)
    {
        Log.WorkshopWriteGaveUp(_logger, row, workshopId, MaxWriteAttempts);
        return new InvalidOperationException(
            $"The {row} of workshop {workshopId} changed concurrently {MaxWriteAttempts} times in a row; the change was not written.");
    }

    private sealed record StoredHead(WorkshopHead Head, ETag FrameETag, ETag ProgressETag);
}
