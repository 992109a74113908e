using CjmBot.Application.Effects;
using CjmBot.Application.Gate;
using CjmBot.Application.Outcomes;
using CjmBot.Application.Requests;
using CjmBot.Workshops;
using CjmBot.Workshops.Deletion;
using CjmBot.Workshops.Scheduling;
using Microsoft.Extensions.Logging;

namespace CjmBot.Application.UseCases.Sessions;

/// <summary>
/// The answer to the <c>delete</c> confirmation card: only from that card (of that workshop, still the conversation's
/// active one), only by a facilitator.
/// </summary>
public sealed record DeleteWorkshop(Origin Origin, string WorkshopId, bool Confirmed) : IRequest
{
    public Access Access => new(Who.Facilitator, Scope.NamedActive) { WorkshopId = WorkshopId, CardKind = CardKinds.DeleteConfirmation };
}

public sealed record DeletionCancelled(WorkshopHead Workshop) : Outcome;

/// <summary>
/// The workshop is gone: <see cref="Removal"/> counts its rows, <see cref="Jobs"/> its scheduled jobs; <see cref="LiveMap"/>
/// is its live map's state as it was (so the bot can take the message out of the chat).
/// </summary>
public sealed record WorkshopDeleted(WorkshopHead Workshop, WorkshopRemoval Removal, int Jobs, WorkshopStateItem? LiveMap) : Outcome;

/// <summary>The answer to the confirmation card: the facilitator's deletion (<see cref="WorkshopDeletion"/>), or nothing.</summary>
public sealed class DeleteWorkshopHandler(WorkshopDeletion deletion) : IUseCase<DeleteWorkshop>
{
    public async Task<Outcome> HandleAsync(DeleteWorkshop request, Admission admission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(admission);
        return request.Confirmed
            ? await deletion.DeleteAsync(admission.Workshop, request.Origin, cancellationToken).ConfigureAwait(false)
            : new DeletionCancelled(admission.Workshop);
    }
}

/// <summary>
/// Deletion is "mark deleted, refuse writes, delete the partition and its jobs": the repository does the first three in
/// that order (nothing arriving meanwhile can land), then the jobs go (all keyed by the workshop's id), after the
/// partition, so that a redraw requested while it was deleted goes too. One way for every deletion: a facilitator's
/// <c>delete</c> and the retention period running out.
/// </summary>
public sealed class WorkshopDeletion(IWorkshopRepository repository, IScheduledJobStore jobs, ILogger<WorkshopDeletion> logger)
{
    /// <summary>The state item the bot keeps its live map in (the application only carries it through a deletion).</summary>
    public const string LiveMapStateName = "live-map";

    /// <summary><see cref="WorkshopDeleted"/>, or <see cref="WorkshopGone"/> when another deletion got there first.</summary>
    public async Task<Outcome> DeleteAsync(WorkshopHead head, Origin origin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(head);
        ArgumentNullException.ThrowIfNull(origin);

        // Read before they go: where the map message is, and who may have a sequence in it (their cursors live outside it).
        var liveMap = await repository.ReadStateAsync(head.Frame.Id, LiveMapStateName, cancellationToken).ConfigureAwait(false);
        var invited = (await repository.ListInvitationsAsync(head.Frame.Id, cancellationToken).ConfigureAwait(false)).Select(i => i.Person.Id).ToList();
        var removal = await repository.DeleteAsync(head.Frame.Id, cancellationToken).ConfigureAwait(false);
        origin.Views.Forget();
        if (removal is null)
        {
            return WorkshopGone.Instance;
        }

        var removedJobs = await jobs.CancelAllAsync(head.Frame.Id, cancellationToken).ConfigureAwait(false);
        Log.WorkshopDeleted(logger, head.Frame.Id, removal.Total);
        return new WorkshopDeleted(head, removal, removedJobs, liveMap) { Effects = [new WorkshopRemoved(head.Frame.Id, invited)] };
    }
}
