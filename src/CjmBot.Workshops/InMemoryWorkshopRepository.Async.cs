using CjmBot.Workshops.Async;

namespace CjmBot.Workshops;

public sealed partial class InMemoryWorkshopRepository
{
    private readonly Dictionary<(string Workshop, string Person), Invitation> _invitations = [];
    private readonly Dictionary<(string Workshop, string Role), RoleAssignment> _roles = [];
    private readonly Dictionary<string, AsyncWindow> _windows = new(StringComparer.Ordinal);

    public Task SaveInvitationAsync(Invitation invitation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        lock (_gate)
        {
            Get(invitation.WorkshopId);
            _invitations[(invitation.WorkshopId, invitation.Person.Id)] = invitation;
            Touch(invitation.WorkshopId);
        }

        return Task.CompletedTask;
    }

    public Task<Invitation?> GetInvitationAsync(string workshopId, string participantId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_invitations.GetValueOrDefault((workshopId, participantId)));
        }
    }

    public Task<IReadOnlyList<Invitation>> ListInvitationsAsync(string workshopId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<Invitation>>(
                [.. _invitations.Values.Where(i => i.WorkshopId == workshopId).OrderBy(i => i.InvitedAt).ThenBy(i => i.Person.Id, StringComparer.Ordinal)]);
        }
    }

    public Task SaveRoleAsync(RoleAssignment role, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(role);
        lock (_gate)
        {
            Get(role.WorkshopId);
            _roles[(role.WorkshopId, RoleAssignment.Normalize(role.Role))] = role with { Role = RoleAssignment.Normalize(role.Role) };
            Touch(role.WorkshopId);
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<RoleAssignment>> ListRolesAsync(string workshopId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<RoleAssignment>>(
                [.. _roles.Values.Where(r => r.WorkshopId == workshopId).OrderBy(r => r.Role, StringComparer.Ordinal)]);
        }
    }

    public Task SaveAsyncWindowAsync(AsyncWindow window, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(window);
        lock (_gate)
        {
            Get(window.WorkshopId);
            _windows[window.WorkshopId] = window;
            Touch(window.WorkshopId);
        }

        return Task.CompletedTask;
    }

    public Task<AsyncWindow?> GetAsyncWindowAsync(string workshopId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_windows.GetValueOrDefault(workshopId));
        }
    }
}
