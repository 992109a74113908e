using Azure;
using Azure.Data.Tables;
using CjmBot.Workshops.Writes;

namespace CjmBot.Storage.Workshops;

/// <summary>
/// The one door of every write into a workshop's partition. Each write is one entity-group transaction that also
/// <list type="bullet">
/// <item>touches the partition's <see cref="WorkshopEntities.AliveRow"/> (a merge with <c>If-Match: *</c>, which changes
/// nothing but fails when the row is missing): deletion removes that row first, so from then on every write fails as a
/// whole and nothing can land in a workshop being deleted, whatever was in flight;</item>
/// <item>claims its operation with a create-only row: the record itself when it is keyed by the operation (a
/// contribution), otherwise an <c>op|{operation}</c> marker. A second copy of the operation fails on that row as a whole,
/// however the two race: every activity takes effect once.</item>
/// </list>
/// </summary>
public sealed partial class TableWorkshopRepository
{
    /// <summary>How a submitted transaction ended.</summary>
    private enum Submitted
    {
        Written,
        AlreadyDone,
        Gone,

        /// <summary>A conditional action's ETag no longer matched: re-read and try again.</summary>
        Conflict,
    }

    /// <param name="operationId">Null for writes outside any operation (state kept under its own ETag).</param>
    /// <param name="claimIndex">
    /// The index in <paramref name="actions"/> of a create-only row keyed by the operation, which then claims it; null adds an
    /// <c>op|</c> marker.
    /// </param>
    private async Task<Submitted> SubmitAsync(
        string workshopId, string? operationId, IReadOnlyList<TableTransactionAction> actions, int? claimIndex, CancellationToken cancellationToken) =>
        (await SubmitForResponsesAsync(workshopId, operationId, actions, claimIndex, cancellationToken).ConfigureAwait(false)).Status;

    /// <summary><see cref="SubmitAsync"/>, with the service's answer to each of <paramref name="actions"/> when written (their ETags).</summary>
    private async Task<(Submitted Status, IReadOnlyList<Response>? Responses)> SubmitForResponsesAsync(
        string workshopId, string? operationId, IReadOnlyList<TableTransactionAction> actions, int? claimIndex, CancellationToken cancellationToken)
    {
        var partitionKey = WorkshopEntities.PartitionKey(workshopId);
        var transaction = new List<TableTransactionAction>(actions.Count + 2) { AliveCheck(partitionKey) };
        transaction.AddRange(actions);
        var claim = claimIndex is { } index ? index + 1 : (int?)null;
        if (operationId is not null && claim is null)
        {
            claim = transaction.Count;
            transaction.Add(new TableTransactionAction(TableTransactionActionType.Add, WorkshopEntities.Operation(workshopId, operationId)));
        }

        var table = await _workshops.GetAsync(cancellationToken).ConfigureAwait(false);
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                var responses = await table.SubmitTransactionAsync(transaction, cancellationToken).ConfigureAwait(false);
                return (Submitted.Written, responses.Value.Skip(1).Take(actions.Count).ToList());
            }
            catch (TableTransactionFailedException exception) when (exception.FailedTransactionActionIndex == 0 && exception.Status == 404)
            {
                // Deleted, or being deleted; or a workshop created before the alive row existed, which gets one now.
                if (attempt > 0 || !await RestoreAliveRowAsync(workshopId, cancellationToken).ConfigureAwait(false))
                {
                    Log.WriteIntoGoneWorkshop(_logger, workshopId);
                    return (Submitted.Gone, null);
                }
            }
            catch (TableTransactionFailedException exception) when (exception.Status == 409 && exception.FailedTransactionActionIndex == claim)
            {
                Log.OperationAlreadyApplied(_logger, workshopId);
                return (Submitted.AlreadyDone, null);
            }
            catch (TableTransactionFailedException exception) when (exception.Status is 412 or 404 or 409)
            {
                return (Submitted.Conflict, null);
            }
        }
    }

    private static WriteOutcome Outcome(Submitted submitted) => submitted switch
    {
        Submitted.Written => WriteOutcome.Written,
        Submitted.AlreadyDone => WriteOutcome.AlreadyDone,
        Submitted.Gone => WriteOutcome.WorkshopGone,
        _ => throw new InvalidOperationException("An unconditional write conflicted."),
    };

    private static TableTransactionAction AliveCheck(string partitionKey) =>
        new(TableTransactionActionType.UpdateMerge, new TableEntity(partitionKey, WorkshopEntities.AliveRow), ETag.All);

    /// <summary>
    /// Gives a workshop written before the alive row existed its row, so it takes writes again. Not for a workshop whose
    /// deletion has begun (its progress row says so) or that is gone.
    /// </summary>
    private async Task<bool> RestoreAliveRowAsync(string workshopId, CancellationToken cancellationToken)
    {
        var table = await _workshops.GetAsync(cancellationToken).ConfigureAwait(false);
        var partitionKey = WorkshopEntities.PartitionKey(workshopId);
        var progress = await table.GetEntityIfExistsAsync<TableEntity>(
            partitionKey, WorkshopEntities.ProgressRow, select: [WorkshopEntities.DeletedColumn], cancellationToken).ConfigureAwait(false);
        if (!progress.HasValue || WorkshopEntities.IsMarkedDeleted(progress.Value!))
        {
            return false;
        }

        try
        {
            await table.AddEntityAsync(new TableEntity(partitionKey, WorkshopEntities.AliveRow), cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException exception) when (exception.Status == 409)
        {
            // Someone else restored it.
        }

        return true;
    }
}
