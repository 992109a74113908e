using Azure.Data.Tables;
using CjmBot.Workshops.Changes;

namespace CjmBot.Storage.Workshops;

/// <summary>
/// Change looks on Table Storage: every write into the partition touches its <see cref="WorkshopEntities.AliveRow"/> in
/// the same transaction (see <see cref="SubmitAsync"/>), and each touch gives that row a new ETag, so one point read of it
/// tells whether anything was written since, however large the workshop. Deletion removes the row first; a workshop
/// written before the row existed reads as unchanged until its first write gives it one. State items (the chat's live
/// map message) touch the row too: such a look reports a change whose load shows nothing new (one load too many).
/// </summary>
public sealed partial class TableWorkshopRepository
{
    public async Task<WorkshopChanges?> ReadChangesAsync(string workshopId, WorkshopChangeCursor? since, CancellationToken cancellationToken)
    {
        var table = await _workshops.GetAsync(cancellationToken).ConfigureAwait(false);
        var alive = await table.GetEntityIfExistsAsync<TableEntity>(
            WorkshopEntities.PartitionKey(workshopId), WorkshopEntities.AliveRow, cancellationToken: cancellationToken).ConfigureAwait(false);
        string? version = null;
        if (alive.HasValue)
        {
            version = alive.Value!.ETag.ToString();
        }
        else if (await ReadHeadAsync(workshopId, cancellationToken).ConfigureAwait(false) is null)
        {
            return null;
        }

        var changed = since is not TableChangeCursor { AliveVersion: var seen } || seen != version;
        return new WorkshopChanges(changed, new TableChangeCursor(version));
    }

    /// <param name="AliveVersion">The alive row's ETag at the last look; null for a workshop without the row.</param>
    private sealed record TableChangeCursor(string? AliveVersion) : WorkshopChangeCursor;
}
