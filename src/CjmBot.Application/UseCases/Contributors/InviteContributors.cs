using CjmBot.Application.Effects;
using CjmBot.Application.Gate;
using CjmBot.Application.Outcomes;
using CjmBot.Application.Requests;
using CjmBot.Workshops;
using CjmBot.Workshops.Async;
using CjmBot.Workshops.Frame;
using CjmBot.Workshops.Writes;

namespace CjmBot.Application.UseCases.Contributors;

/// <summary>
/// <c>invite @A @B [as role]</c> or <c>invite all</c> (<see cref="Everyone"/>: the conversation's members, which the route
/// read): who is to be asked to answer in their personal chat. The bot then opens each chat and records each
/// invitation with <see cref="RecordInvitation"/>.
/// </summary>
public sealed record InviteContributors(Origin Origin, IReadOnlyList<Participant> People, string? Role, bool Everyone) : IRequest
{
    public Access Access => Access.Facilitator();
}

public sealed record InviteUsage(WorkshopHead Workshop) : Outcome;

public sealed record UnknownRole(WorkshopHead Workshop, string Role) : Outcome;

/// <summary>
/// Whom to invite now (with their invitation so far, if any), and who finished already and is left alone; with the
/// workshop, its roles and its window as read once for all of them.
/// </summary>
public sealed record InvitationsPlanned(
    WorkshopSnapshot Workshop,
    IReadOnlyList<RoleAssignment> Roles,
    AsyncWindow? Window,
    string? Role,
    IReadOnlyList<(Participant Person, Invitation? Existing)> ToInvite,
    IReadOnlyList<Participant> Finished) : Outcome;

public sealed class InviteContributorsHandler(IWorkshopRepository repository) : IUseCase<InviteContributors>
{
    public async Task<Outcome> HandleAsync(InviteContributors request, Admission admission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(admission);
        var head = admission.Workshop;
        var roles = await repository.ListRolesAsync(head.Frame.Id, cancellationToken).ConfigureAwait(false);
        if (request.Role is { } wanted && roles.All(r => r.Role != RoleAssignment.Normalize(wanted)))
        {
            return new UnknownRole(head, RoleAssignment.Normalize(wanted));
        }

        // Everyone means the members but the facilitators, who run the session live.
        var people = request.People
            .Where(person => !request.Everyone || !head.Frame.IsFacilitator(person.Id))
            .DistinctBy(person => person.Id)
            .ToList();
        if (people.Count == 0)
        {
            return new InviteUsage(head);
        }

        var toInvite = new List<(Participant, Invitation?)>();
        var finished = new List<Participant>();
        foreach (var person in people)
        {
            var existing = await repository.GetInvitationAsync(head.Frame.Id, person.Id, cancellationToken).ConfigureAwait(false);
            if (existing is { State: InvitationState.Finished })
            {
                finished.Add(person);
            }
            else
            {
                toInvite.Add((person, existing));
            }
        }

        var workshop = await repository.LoadAsync(head.Frame.Id, cancellationToken).ConfigureAwait(false);
        if (workshop is null)
        {
            return WorkshopGone.Instance;
        }

        var window = await repository.GetAsyncWindowAsync(head.Frame.Id, cancellationToken).ConfigureAwait(false);
        return new InvitationsPlanned(workshop, roles, window, request.Role is { } role ? RoleAssignment.Normalize(role) : null, toInvite, finished);
    }
}

/// <summary>
/// One planned invitation, after the bot tried to open the person's personal chat: <see cref="ChatAddress"/> is the way
/// back into it (opaque to the application), or null when Teams refused (the app is not installed for them).
/// </summary>
public sealed record RecordInvitation(Origin Origin, InvitationsPlanned Planned, Participant Person, Invitation? Existing, string? ChatAddress) : IRequest
{
    public Access Access => new(Who.Facilitator, Scope.Named) { WorkshopId = Planned.Workshop.Frame.Id };
}

/// <summary>The invitation was recorded; when the chat was reached, <see cref="Plan"/> is what the person is asked.</summary>
public sealed record InvitationRecorded(Invitation Invitation, ContributorPlan? Plan, AsyncWindow? Window) : Outcome;

public sealed class RecordInvitationHandler(IWorkshopRepository repository, TimeProvider time) : IUseCase<RecordInvitation>
{
    public async Task<Outcome> HandleAsync(RecordInvitation request, Admission admission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(admission);
        var head = admission.Workshop;
        var planned = request.Planned;
        var role = planned.Role ?? request.Existing?.Role;
        var invitation = request.ChatAddress is null
            ? new Invitation(head.Frame.Id, request.Person, role, InvitationState.NotInstalled, time.GetUtcNow())
            : new Invitation(head.Frame.Id, request.Person, role, InvitationState.Invited, request.Existing?.InvitedAt ?? time.GetUtcNow(), request.ChatAddress);

        // One activity invites many: each person is an operation of their own.
        var write = await repository.SaveInvitationAsync(invitation, admission.OperationId + "|" + request.Person.Id, cancellationToken).ConfigureAwait(false);
        if (Unwritten.Of(write) is { } unwritten)
        {
            return unwritten;
        }

        if (invitation.State == InvitationState.NotInstalled)
        {
            return new InvitationRecorded(invitation, null, null);
        }

        var plan = ContributorPlan.For(planned.Workshop, planned.Roles, request.Person.Id, role);
        var effects = planned.Window is { Closed: false, Deadline: { } deadline }
            ? [new RemindersDue(head.Frame.Id, request.Person.Id, deadline)]
            : Array.Empty<WorkshopEffect>();
        return new InvitationRecorded(invitation, plan, planned.Window) { Effects = effects };
    }
}
