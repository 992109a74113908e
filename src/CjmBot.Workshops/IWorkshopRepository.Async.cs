using CjmBot.Workshops.Async;
using CjmBot.Workshops.Writes;

namespace CjmBot.Workshops;

/// <summary>
/// Asynchronous contributors, kept in the workshop's own partition: one row per invitation (<c>inv|</c>), per
/// role (<c>role|</c>) and the async window (<c>seq|window</c>). Deleting the workshop deletes them too.
/// </summary>
public partial interface IWorkshopRepository
{
    /// <summary>Adds or replaces the invitation of <c>invitation.Person</c> to the workshop.</summary>
    Task<WriteOutcome> SaveInvitationAsync(Invitation invitation, string operationId, CancellationToken cancellationToken);

    Task<Invitation?> GetInvitationAsync(string workshopId, string participantId, CancellationToken cancellationToken);

    /// <summary>Every invitation of the workshop, in invitation order.</summary>
    Task<IReadOnlyList<Invitation>> ListInvitationsAsync(string workshopId, CancellationToken cancellationToken);

    /// <summary>Adds or replaces the stages of a role.</summary>
    Task<WriteOutcome> SaveRoleAsync(RoleAssignment role, string operationId, CancellationToken cancellationToken);

    Task<IReadOnlyList<RoleAssignment>> ListRolesAsync(string workshopId, CancellationToken cancellationToken);

    /// <summary>Adds or replaces the workshop's async window (deadline, closed).</summary>
    Task<WriteOutcome> SaveAsyncWindowAsync(AsyncWindow window, string operationId, CancellationToken cancellationToken);

    Task<AsyncWindow?> GetAsyncWindowAsync(string workshopId, CancellationToken cancellationToken);
}
