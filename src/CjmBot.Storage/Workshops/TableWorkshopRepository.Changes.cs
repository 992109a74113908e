using Azure.Data.Tables;
using CjmBot.Workshops.LiveMap;

namespace CjmBot.Storage.Workshops;

/// <summary>
/// Change looks on Table Storage, from the server's own <c>Timestamp</c> of every row (set on each insert and replace):
/// one partition query for the rows written since shortly before the latest one seen, plus the frame row (whose
/// absence means the workshop was deleted), keys and versions only. The margin, and comparing row versions instead of
/// times, keep a write committed out of order within the margin from going unseen; a row that simply ages out of
/// the window is not a change.
/// </summary>
public sealed partial class TableWorkshopRepository
{
    /// <summary>How far before the latest write seen a look starts again.</summary>
    public static readonly TimeSpan ChangeMargin = TimeSpan.FromSeconds(3);

    private static readonly string[] ChangeColumns = ["RowKey", "Timestamp"];

    public async Task<WorkshopChanges?> ReadChangesAsync(string workshopId, WorkshopChangeCursor? since, CancellationToken cancellationToken)
    {
        var table = await _workshops.GetAsync(cancellationToken).ConfigureAwait(false);
        var partitionKey = WorkshopEntities.PartitionKey(workshopId);
        var cursor = since as TableChangeCursor;
        var filter = cursor is null
            ? TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey} and RowKey eq {WorkshopEntities.FrameRow}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey} and (RowKey eq {WorkshopEntities.FrameRow} or Timestamp ge {cursor.Since})");
        var rows = new List<(string Key, string Version, DateTimeOffset At)>();
        DateTimeOffset? serverNow = null;
        await foreach (var page in table.QueryAsync<TableEntity>(filter, select: ChangeColumns, cancellationToken: cancellationToken).AsPages().ConfigureAwait(false))
        {
            serverNow ??= page.GetRawResponse().Headers.Date;
            rows.AddRange(page.Values.Select(row => (row.RowKey, row.ETag.ToString(), row.Timestamp ?? DateTimeOffset.MinValue)));
        }

        if (!rows.Exists(row => row.Key == WorkshopEntities.FrameRow))
        {
            return null;
        }

        if (cursor is null)
        {
            // The first look: from (about) now on, with nothing seen yet. The caller loads the workshop next.
            var start = (serverNow ?? DateTimeOffset.UtcNow) - ChangeMargin;
            return new WorkshopChanges(true, new TableChangeCursor(start, Seen(rows, start)));
        }

        var changed = rows.Exists(row => !cursor.Seen.TryGetValue(row.Key, out var version) || version != row.Version);
        var latest = rows.Max(row => row.At);
        var next = latest - ChangeMargin > cursor.Since ? latest - ChangeMargin : cursor.Since;
        return new WorkshopChanges(changed, new TableChangeCursor(next, Seen(rows, next)));
    }

    /// <summary>The versions of the rows a look from <paramref name="since"/> will find again, and the frame's.</summary>
    private static Dictionary<string, string> Seen(List<(string Key, string Version, DateTimeOffset At)> rows, DateTimeOffset since) =>
        rows.Where(row => row.At >= since || row.Key == WorkshopEntities.FrameRow).ToDictionary(row => row.Key, row => row.Version, StringComparer.Ordinal);

    /// <param name="Since">Rows written at or after this server time are looked at.</param>
    /// <param name="Seen">Row key to version (ETag) of every row at or after <paramref name="Since"/> at the last look.</param>
    private sealed record TableChangeCursor(DateTimeOffset Since, IReadOnlyDictionary<string, string> Seen) : WorkshopChangeCursor;
}
