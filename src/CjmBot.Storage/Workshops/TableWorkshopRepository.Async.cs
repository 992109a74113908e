using Azure.Data.Tables;
using CjmBot.Workshops.Async;
using CjmBot.Workshops.Writes;

namespace CjmBot.Storage.Workshops;

public sealed partial class TableWorkshopRepository
{
    public async Task<WriteOutcome> SaveInvitationAsync(Invitation invitation, string operationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        await IndexAsync(invitation.Person.Id, invitation.WorkshopId, cancellationToken).ConfigureAwait(false);
        return Outcome(await SubmitAsync(
            invitation.WorkshopId, operationId, [new TableTransactionAction(TableTransactionActionType.UpsertReplace, AsyncEntities.FromInvitation(invitation))], claimIndex: null, cancellationToken)
            .ConfigureAwait(false));
    }

    public async Task<Invitation?> GetInvitationAsync(string workshopId, string participantId, CancellationToken cancellationToken)
    {
        var table = await _workshops.GetAsync(cancellationToken).ConfigureAwait(false);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(
            WorkshopEntities.PartitionKey(workshopId), AsyncEntities.InvitationPrefix + TableStateKey.EscapeId(participantId),
            cancellationToken: cancellationToken).ConfigureAwait(false);
        return found.HasValue ? Read(found.Value!, AsyncEntities.ToInvitation) : null;
    }

    public async Task<IReadOnlyList<Invitation>> ListInvitationsAsync(string workshopId, CancellationToken cancellationToken)
    {
        var invitations = await QueryPrefixAsync(workshopId, AsyncEntities.InvitationPrefix, AsyncEntities.ToInvitation, cancellationToken).ConfigureAwait(false);
        return [.. invitations.OrderBy(i => i.InvitedAt).ThenBy(i => i.Person.Id, StringComparer.Ordinal)];
    }

    public async Task<WriteOutcome> SaveRoleAsync(RoleAssignment role, string operationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(role);
        return Outcome(await SubmitAsync(
            role.WorkshopId, operationId, [new TableTransactionAction(TableTransactionActionType.UpsertReplace, AsyncEntities.FromRole(role))], claimIndex: null, cancellationToken)
            .ConfigureAwait(false));
    }

    public async Task<IReadOnlyList<RoleAssignment>> ListRolesAsync(string workshopId, CancellationToken cancellationToken)
    {
        var roles = await QueryPrefixAsync(workshopId, AsyncEntities.RolePrefix, AsyncEntities.ToRole, cancellationToken).ConfigureAwait(false);
        return [.. roles.OrderBy(r => r.Role, StringComparer.Ordinal)];
    }

    public async Task<WriteOutcome> SaveAsyncWindowAsync(AsyncWindow window, string operationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(window);
        return Outcome(await SubmitAsync(
            window.WorkshopId, operationId, [new TableTransactionAction(TableTransactionActionType.UpsertReplace, AsyncEntities.FromWindow(window))], claimIndex: null, cancellationToken)
            .ConfigureAwait(false));
    }

    public async Task<AsyncWindow?> GetAsyncWindowAsync(string workshopId, CancellationToken cancellationToken)
    {
        var table = await _workshops.GetAsync(cancellationToken).ConfigureAwait(false);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(
            WorkshopEntities.PartitionKey(workshopId), AsyncEntities.WindowRow, cancellationToken: cancellationToken).ConfigureAwait(false);
        return found.HasValue ? Read(found.Value!, AsyncEntities.ToWindow) : null;
    }

    /// <summary>The rows of one kind in the workshop's partition: a range query on the row-key prefix.</summary>
    private async Task<List<T>> QueryPrefixAsync<T>(string workshopId, string prefix, Func<TableEntity, T> map, CancellationToken cancellationToken)
    {
        // '|' + 1 is '}': every row key starting with the prefix sorts between the two.
        var end = prefix[..^1] + (char)(prefix[^1] + 1);
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {WorkshopEntities.PartitionKey(workshopId)} and RowKey ge {prefix} and RowKey lt {end}");
        var table = await _workshops.GetAsync(cancellationToken).ConfigureAwait(false);
        var items = new List<T>();
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            items.Add(Read(entity, map));
        }

        return items;
    }
}
