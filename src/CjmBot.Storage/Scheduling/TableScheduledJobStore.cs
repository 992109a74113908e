using Azure;
using Azure.Data.Tables;
using CjmBot.Workshops.Scheduling;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using static CjmBot.Storage.TableColumns;

namespace CjmBot.Storage.Scheduling;

/// <summary>
/// <see cref="IScheduledJobStore"/> on Azure Table Storage: table <c>{prefix}Jobs</c>, one partition <c>jobs</c>,
/// row key = the escaped job key. A claim is a conditional write (ETag) of a fresh token and lease, so of several
/// instances claiming at once exactly one wins; scheduling again replaces the row and with it any claim.
/// </summary>
public sealed partial class TableScheduledJobStore : IScheduledJobStore, IDisposable
{
    public const string Partition = "jobs";

    private const string KeyColumn = "JobKey";
    private const string KindColumn = "Kind";
    private const string DueAtColumn = "DueAt";
    private const string PayloadColumn = "Payload";
    private const string TokenColumn = "ClaimToken";
    private const string ClaimedUntilColumn = "ClaimedUntil";

    private readonly LazyTable _jobs;
    private readonly ILogger<TableScheduledJobStore> _logger;

    public TableScheduledJobStore(TableServiceClient serviceClient, IOptions<TableStorageOptions> options, ILogger<TableScheduledJobStore> logger)
    {
        ArgumentNullException.ThrowIfNull(serviceClient);
        ArgumentNullException.ThrowIfNull(options);
        _logger = logger;
        _jobs = new LazyTable(serviceClient, options.Value.JobsTableName, logger);
    }

    public string TableName => _jobs.Name;

    public async Task ScheduleAsync(ScheduledJob job, CancellationToken cancellationToken)
    {
        var entity = NewEntity(job);
        var table = await _jobs.GetAsync(cancellationToken).ConfigureAwait(false);
        // Replace drops the ClaimedUntil column: a rescheduled job is unclaimed, and the old claim's token is gone.
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> TryAddAsync(ScheduledJob job, CancellationToken cancellationToken)
    {
        var entity = NewEntity(job);
        var table = await _jobs.GetAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await table.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException exception) when (exception.Status == 409)
        {
            return false;
        }
    }

    public async Task CancelAsync(string key, CancellationToken cancellationToken)
    {
        var rowKey = TableStateKey.EscapeId(key);
        var table = await _jobs.GetAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await table.DeleteEntityAsync(Partition, rowKey, ETag.All, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException exception) when (exception.Status == 404)
        {
            // Already gone: cancelling is idempotent.
        }
    }

    public async Task<IReadOnlyList<ClaimedJob>> ClaimDueAsync(DateTimeOffset now, TimeSpan lease, int max, CancellationToken cancellationToken)
    {
        if (max <= 0)
        {
            return [];
        }

        var table = await _jobs.GetAsync(cancellationToken).ConfigureAwait(false);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and DueAt le {now}");
        var candidates = new List<(TableEntity Entity, ScheduledJob Job)>();
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            // A missing column cannot be tested in a table filter, so live claims are skipped here.
            if (entity.GetDateTimeOffset(ClaimedUntilColumn) is { } claimedUntil && claimedUntil > now)
            {
                continue;
            }

            // A damaged row is reported and left alone rather than blocking every job behind it.
            if (TryReadJob(entity) is { } job)
            {
                candidates.Add((entity, job));
            }
        }

        var claimed = new List<ClaimedJob>();
        foreach (var (entity, job) in candidates.OrderBy(candidate => candidate.Job.DueAt))
        {
            if (claimed.Count == max)
            {
                break;
            }

            var token = NewToken();
            var claim = new TableEntity(entity.PartitionKey, entity.RowKey)
            {
                [TokenColumn] = token,
                [ClaimedUntilColumn] = now + lease,
            };
            try
            {
                await table.UpdateEntityAsync(claim, entity.ETag, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
                claimed.Add(new ClaimedJob(job, token));
            }
            catch (RequestFailedException exception) when (exception.Status is 412 or 404)
            {
                // Claimed, rescheduled or cancelled by someone else since the query.
                Log.JobClaimLost(_logger, job.Key);
            }
        }

        return claimed;
    }

    public async Task<bool> CompleteAsync(ClaimedJob claimed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claimed);
        var rowKey = TableStateKey.EscapeId(claimed.Job.Key);
        var table = await _jobs.GetAsync(cancellationToken).ConfigureAwait(false);
        // The token proves the row is still this claim; the ETag makes the delete fail if it changes after the read.
        var current = await table.GetEntityIfExistsAsync<TableEntity>(Partition, rowKey, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        if (!current.HasValue || current.Value is not { } entity || entity.GetString(TokenColumn) != claimed.ClaimToken)
        {
            Log.JobCompleteLost(_logger, claimed.Job.Key);
            return false;
        }

        try
        {
            var response = await table.DeleteEntityAsync(Partition, rowKey, entity.ETag, cancellationToken).ConfigureAwait(false);
            return response.Status != 404;
        }
        catch (RequestFailedException exception) when (exception.Status is 412 or 404)
        {
            Log.JobCompleteLost(_logger, claimed.Job.Key);
            return false;
        }
    }

    public void Dispose() => _jobs.Dispose();

    private static TableEntity NewEntity(ScheduledJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        var entity = new TableEntity(Partition, TableStateKey.EscapeId(job.Key));
        SetText(entity, KeyColumn, job.Key);
        SetText(entity, KindColumn, job.Kind);
        entity[DueAtColumn] = job.DueAt;
        SetText(entity, PayloadColumn, job.Payload);
        entity[TokenColumn] = NewToken();
        return entity;
    }

    private static string NewToken() => Guid.NewGuid().ToString("N");

    private ScheduledJob? TryReadJob(TableEntity entity)
    {
        try
        {
            return new ScheduledJob(
                RequiredText(entity, KeyColumn), RequiredText(entity, KindColumn), RequiredTime(entity, DueAtColumn), RequiredText(entity, PayloadColumn));
        }
        catch (InvalidDataException exception)
        {
            Log.DamagedJobEntity(_logger, entity.RowKey, exception.Message);
            return null;
        }
    }
}
