using CjmBot.Workshops;
using CjmBot.Workshops.Async;

namespace CjmBot.Bot.Async;

/// <summary>What one contributor is asked: the stages of their role (all without one) and the questions still open there.</summary>
public sealed record AsyncPlan(WorkshopSnapshot Workshop, IReadOnlyList<int> Stages, IReadOnlyList<AsyncQuestion> Open);

public sealed class AsyncPlans(IWorkshopRepository repository)
{
    public async Task<AsyncPlan?> ForAsync(string workshopId, string participantId, string? role, CancellationToken cancellationToken)
    {
        var workshop = await repository.LoadAsync(workshopId, cancellationToken).ConfigureAwait(false);
        if (workshop is null)
        {
            return null;
        }

        var roles = role is null ? [] : await repository.ListRolesAsync(workshopId, cancellationToken).ConfigureAwait(false);
        return For(workshop, roles, participantId, role);
    }

    /// <summary>The plan from a workshop and its roles already read: one read serves many contributors.</summary>
    public static AsyncPlan For(WorkshopSnapshot workshop, IReadOnlyList<RoleAssignment> roles, string participantId, string? role)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        ArgumentNullException.ThrowIfNull(roles);
        var roleStages = role is null ? null : roles.FirstOrDefault(r => r.Role == RoleAssignment.Normalize(role))?.Stages;
        var stages = roleStages is { Count: > 0 } ? roleStages : Enumerable.Range(0, workshop.Frame.Stages.Count).ToList();
        return new AsyncPlan(workshop, stages, AsyncQuestion.OpenFor(workshop, participantId, stages));
    }
}
