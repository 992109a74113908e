using CjmBot.Application.Gate;
using CjmBot.Application.Outcomes;
using CjmBot.Application.Requests;
using CjmBot.Workshops;
using CjmBot.Workshops.Retention;

namespace CjmBot.Application.UseCases.Sessions;

/// <summary>
/// The retention job came due: the workshop is deleted if it is still closed and its period (as it stands now: the
/// facilitator may have extended it or reopened the workshop since the job was set) has run out.
/// </summary>
public sealed record ExpireWorkshop(Origin Origin, string WorkshopId) : IRequest
{
    public Access Access => new(Who.System, Scope.Named) { WorkshopId = WorkshopId };
}

/// <summary>The workshop is not due for deletion (reopened, extended or kept forever since the job was set): nothing was deleted.</summary>
public sealed record RetentionNotDue(WorkshopHead Workshop, RetentionPlan Plan) : Outcome;

/// <summary>The workshop was deleted because it had been closed for <see cref="RetentionPlan.Days"/> days.</summary>
public sealed record WorkshopExpired(WorkshopDeleted Deleted, RetentionPlan Plan) : Outcome;

public sealed class ExpireWorkshopHandler(WorkshopDeletion deletion, RetentionPolicy policy, TimeProvider time) : IUseCase<ExpireWorkshop>
{
    public async Task<Outcome> HandleAsync(ExpireWorkshop request, Admission admission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(admission);
        var head = admission.Workshop;
        var plan = policy.PlanFor(head.Frame, head.Progress);
        if (plan.DeleteOn is not { } due || due > time.GetUtcNow())
        {
            return new RetentionNotDue(head, plan);
        }

        var outcome = await deletion.DeleteAsync(head, request.Origin, cancellationToken).ConfigureAwait(false);
        return outcome is WorkshopDeleted deleted ? new WorkshopExpired(deleted, plan) { Effects = deleted.Effects } : outcome;
    }
}
