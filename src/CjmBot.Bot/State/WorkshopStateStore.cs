using CjmBot.Protocol.State;
using CjmBot.Workshops;

namespace CjmBot.Bot.State;

/// <summary>
/// One workshop's own state, seen as a state store (for the dialog engine): each key is a state item of that workshop,
/// kept in its partition, so deleting the workshop deletes it. A write into a workshop that is gone is a conflict.
/// </summary>
public sealed class WorkshopStateStore(IWorkshopRepository repository, string workshopId) : IStateStore
{
    public async Task<StoreItem?> ReadAsync(string key, CancellationToken cancellationToken) =>
        await repository.ReadStateAsync(workshopId, key, cancellationToken).ConfigureAwait(false) is { } item ? new StoreItem(item.Json, item.ETag) : null;

    public async Task<string> WriteAsync(string key, string json, string? eTag, CancellationToken cancellationToken)
    {
        try
        {
            return await repository.WriteStateAsync(workshopId, key, json, eTag, cancellationToken).ConfigureAwait(false)
                ?? throw new StateConflictException(key);
        }
        catch (WorkshopStateConflictException)
        {
            throw new StateConflictException(key);
        }
    }

    public async Task<bool> DeleteAsync(string key, string? eTag, CancellationToken cancellationToken)
    {
        try
        {
            return await repository.DeleteStateAsync(workshopId, key, eTag, cancellationToken).ConfigureAwait(false);
        }
        catch (WorkshopStateConflictException)
        {
            throw new StateConflictException(key);
        }
    }
}
