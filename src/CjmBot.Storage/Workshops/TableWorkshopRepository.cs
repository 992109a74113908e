using Azure;
using Azure.Data.Tables;
using CjmBot.Workshops;
using CjmBot.Workshops.Contributions;
using CjmBot.Workshops.Frame;
using CjmBot.Workshops.Progress;
using CjmBot.Workshops.Writes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CjmBot.Storage.Workshops;

/// <summary>
/// <see cref="IWorkshopRepository"/> on Azure Table Storage. Table <c>{prefix}Workshops</c>: one partition per
/// workshop holding the rows <c>frame</c>, <c>progress</c> and <c>c|{contribution id}</c>. Table
/// <c>{prefix}Conversations</c>: one partition per conversation, one row per workshop held in it, keyed by creation
/// time, plus a <c>version</c> row counting the index's changes. Loading a workshop is one partition query; an answer
/// is one insert of its own row, so answers never contend with each other or with facilitator moves, which rewrite
/// only the small progress row under its ETag. Frames and indexes are kept in memory between turns, but every use is
/// checked first against the stamps on the progress row (read by its key on every turn), which every change of a
/// frame or an index raises: several instances can share the tables and never act on what changed elsewhere.
/// </summary>
public sealed partial class TableWorkshopRepository : IWorkshopRepository, IDisposable
{
    /// <summary>Optimistic-concurrency rounds before a frame or progress change gives up.</summary>
    public const int MaxWriteAttempts = 20;

    /// <summary>Workshops (frames) and conversations (indexes) each instance keeps in memory between turns.</summary>
    private const int CacheCapacity = 4_096;

    private readonly LazyTable _workshops;
    private readonly LazyTable _conversations;
    private readonly ILogger<TableWorkshopRepository> _logger;

    /// <summary>Frames by workshop id, each used only while the progress row names its revision.</summary>
    private readonly BoundedCache<string, CachedFrame> _frames = new(CacheCapacity);

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

    public async Task<WorkshopCreation> CreateAsync(WorkshopFrame frame, WorkshopProgress progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(progress);
        var partitionKey = WorkshopEntities.PartitionKey(frame.Id);
        var head = new[]
        {
            new TableTransactionAction(TableTransactionActionType.Add, WorkshopEntities.FromFrame(frame, revision: 0)),
            new TableTransactionAction(TableTransactionActionType.Add, WorkshopEntities.FromProgress(frame.Id, progress, frameRevision: 0, indexVersion: 0)),
            new TableTransactionAction(TableTransactionActionType.Add, new TableEntity(partitionKey, WorkshopEntities.AliveRow)),
        };
        var entry = WorkshopEntities.ConversationEntry(frame);

        var workshops = await _workshops.GetAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await workshops.SubmitTransactionAsync(head, cancellationToken).ConfigureAwait(false);
        }
        catch (TableTransactionFailedException exception) when (exception.Status == 409)
        {
            Log.WorkshopExists(_logger, frame.Id);
            return WorkshopCreation.AlreadyExists;
        }

        // Indexed only once it exists, so the index never points at nothing; and only while no other workshop of the
        // conversation runs: the index changes under its version's ETag, so of several starts at once one wins.
        var indexed = await ChangeIndexAsync(
            frame.ConversationId,
            async index => index.Index.ActiveWorkshopId is { } active && active != frame.Id && await IsRunningAsync(active, cancellationToken).ConfigureAwait(false)
                ? null
                : new TableTransactionAction(TableTransactionActionType.UpsertReplace, entry),
            cancellationToken).ConfigureAwait(false);
        if (!indexed)
        {
            // Another start won: this one's rows go, as if it had never been made.
            await workshops.SubmitTransactionAsync(
                head.Select(action => new TableTransactionAction(TableTransactionActionType.Delete, action.Entity, ETag.All)), cancellationToken)
                .ConfigureAwait(false);
            Log.WorkshopNotStarted(_logger, frame.Id, frame.ConversationId);
            return WorkshopCreation.AnotherRunning;
        }

        Log.WorkshopCreated(_logger, frame.Id, frame.ConversationId);
        return WorkshopCreation.Created;
    }

    private async Task<bool> IsRunningAsync(string workshopId, CancellationToken cancellationToken) =>
        await ReadHeadAsync(workshopId, cancellationToken).ConfigureAwait(false) is { Head.Progress.IsUnderway: true };

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

        if (frameEntity is null || (progressEntity is not null && WorkshopEntities.IsMarkedDeleted(progressEntity)))
        {
            return null;
        }

        var progress = progressEntity ?? throw Damaged(workshopId, "it has a frame but no progress");
        contributions.Sort(static (a, b) => a.At != b.At ? a.At.CompareTo(b.At) : string.CompareOrdinal(a.Id, b.Id));
        return new WorkshopSnapshot(
            Read(frameEntity, WorkshopEntities.ToFrame), Read(progress, WorkshopEntities.ToProgress), contributions)
        {
            Decisions = ReadDecisions(workshopId, decisionRows),
            ThemeRecords = ReadThemes(workshopId, decisionRows),
        };
    }

    public async Task<ProgressUpdate> UpdateProgressAsync(
        string workshopId, string operationId, Func<WorkshopFrame, WorkshopProgress, ProgressChange> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        for (var attempt = 1; attempt <= MaxWriteAttempts; attempt++)
        {
            if (await ReadHeadAsync(workshopId, cancellationToken).ConfigureAwait(false) is not { } current)
            {
                return new ProgressUpdate(ProgressChange.Refused(ProgressError.None), WriteOutcome.WorkshopGone);
            }

            var result = change(current.Head.Frame, current.Head.Progress);
            if (result.Progress is not { } progress)
            {
                return new ProgressUpdate(result, WriteOutcome.Written);
            }

            // The stamps were read under the same ETag, so carrying them over keeps what they prove.
            var entity = WorkshopEntities.FromProgress(workshopId, progress, current.FrameRevision, current.IndexVersion);
            var submitted = await SubmitAsync(
                workshopId, operationId, [new TableTransactionAction(TableTransactionActionType.UpdateReplace, entity, current.ProgressETag)],
                claimIndex: null, cancellationToken).ConfigureAwait(false);
            if (submitted != Submitted.Conflict)
            {
                return new ProgressUpdate(result, Outcome(submitted));
            }

            Log.WorkshopWriteConflict(_logger, WorkshopEntities.ProgressRow, workshopId, attempt);
        }

        throw GaveUp(WorkshopEntities.ProgressRow, workshopId);
    }

    public async Task<WriteOutcome> UpdateFrameAsync(
        string workshopId, string operationId, Func<WorkshopFrame, WorkshopFrame> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        for (var attempt = 1; attempt <= MaxWriteAttempts; attempt++)
        {
            if (await ReadHeadAsync(workshopId, cancellationToken).ConfigureAwait(false) is not { } current)
            {
                return WriteOutcome.WorkshopGone;
            }

            var frame = change(current.Head.Frame);
            if (frame.Id != current.Head.Frame.Id || frame.ConversationId != current.Head.Frame.ConversationId)
            {
                // The id is the partition and the conversation is indexed: neither can move.
                throw new InvalidOperationException($"A frame change may not alter the id or conversation of workshop {workshopId}.");
            }

            // Frame and progress in one transaction: the progress row's revision is what vouches for cached frames.
            var revision = current.FrameRevision + 1;
            var stamp = new TableEntity(WorkshopEntities.PartitionKey(workshopId), WorkshopEntities.ProgressRow)
            {
                [WorkshopEntities.FrameRevisionColumn] = revision,
            };
            var submitted = await SubmitAsync(
                workshopId,
                operationId,
                [
                    new TableTransactionAction(TableTransactionActionType.UpdateReplace, WorkshopEntities.FromFrame(frame, revision), current.FrameETag),
                    new TableTransactionAction(TableTransactionActionType.UpdateMerge, stamp, current.ProgressETag),
                ],
                claimIndex: null,
                cancellationToken).ConfigureAwait(false);
            _frames.Remove(workshopId);
            if (submitted != Submitted.Conflict)
            {
                return Outcome(submitted);
            }

            Log.WorkshopWriteConflict(_logger, WorkshopEntities.FrameRow, workshopId, attempt);
        }

        throw GaveUp(WorkshopEntities.FrameRow, workshopId);
    }

    public async Task<WriteOutcome> AddContributionAsync(Contribution contribution, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contribution);
        await IndexAsync(contribution.Author.Id, contribution.WorkshopId, cancellationToken).ConfigureAwait(false);
        // Insert only, keyed by its operation: a redelivered activity finds its row and changes nothing.
        var submitted = await SubmitAsync(
            contribution.WorkshopId,
            contribution.Id,
            [new TableTransactionAction(TableTransactionActionType.Add, WorkshopEntities.FromContribution(contribution))],
            claimIndex: 0,
            cancellationToken).ConfigureAwait(false);
        return Outcome(submitted);
    }

    public void Dispose()
    {
        _workshops.Dispose();
        _conversations.Dispose();
    }

    /// <summary>
    /// Frame and progress with their ETags and stamps. The progress row is read by its key; the frame comes from the
    /// cache when the progress row names the revision cached, and is read by its key (and cached) otherwise. So a turn
    /// costs one point read while the frame stays as it is, which it does for nearly all of a workshop's life.
    /// </summary>
    private async Task<StoredHead?> ReadHeadAsync(string workshopId, CancellationToken cancellationToken)
    {
        var table = await _workshops.GetAsync(cancellationToken).ConfigureAwait(false);
        var partitionKey = WorkshopEntities.PartitionKey(workshopId);
        var progress = await table.GetEntityIfExistsAsync<TableEntity>(partitionKey, WorkshopEntities.ProgressRow, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        if (!progress.HasValue)
        {
            _frames.Remove(workshopId);
            var orphan = await table.GetEntityIfExistsAsync<TableEntity>(partitionKey, WorkshopEntities.FrameRow, select: ["PartitionKey"], cancellationToken)
                .ConfigureAwait(false);
            return orphan.HasValue ? throw Damaged(workshopId, "it has a frame but no progress") : null;
        }

        var progressEntity = progress.Value!;
        if (WorkshopEntities.IsMarkedDeleted(progressEntity))
        {
            _frames.Remove(workshopId);
            return null;
        }

        var frameRevision = WorkshopEntities.Stamp(progressEntity, WorkshopEntities.FrameRevisionColumn);
        if (!_frames.TryGet(workshopId, out var frame) || frame.Revision != frameRevision)
        {
            var read = await table.GetEntityIfExistsAsync<TableEntity>(partitionKey, WorkshopEntities.FrameRow, cancellationToken: cancellationToken)
                .ConfigureAwait(false);
            if (!read.HasValue)
            {
                // Never written so (frame and progress are created together): nothing a turn could use.
                return null;
            }

            frame = new CachedFrame(WorkshopEntities.Stamp(read.Value!, WorkshopEntities.FrameRevisionColumn), Read(read.Value!, WorkshopEntities.ToFrame), read.Value!.ETag);
            if (frame.Revision == frameRevision)
            {
                _frames.Set(workshopId, frame);
            }
        }

        var head = new WorkshopHead(frame.Frame, Read(progressEntity, WorkshopEntities.ToProgress));
        return new StoredHead(head, frame.ETag, progressEntity.ETag, frameRevision, WorkshopEntities.Stamp(progressEntity, WorkshopEntities.IndexVersionColumn));
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

    /// <param name="FrameRevision">The progress row's <see cref="WorkshopEntities.FrameRevisionColumn"/>.</param>
    /// <param name="IndexVersion">The progress row's <see cref="WorkshopEntities.IndexVersionColumn"/>.</param>
    private sealed record StoredHead(WorkshopHead Head, ETag FrameETag, ETag ProgressETag, long FrameRevision, long IndexVersion);

    private sealed record CachedFrame(long Revision, WorkshopFrame Frame, ETag ETag);
}
