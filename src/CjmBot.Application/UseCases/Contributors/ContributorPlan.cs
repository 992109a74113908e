using CjmBot.Workshops;
using CjmBot.Workshops.Async;

namespace CjmBot.Application.UseCases.Contributors;

/// <summary>What one contributor is asked: the stages of their role (all without one) and the questions still open there.</summary>
public sealed record ContributorPlan(WorkshopSnapshot Workshop, IReadOnlyList<int> Stages, IReadOnlyList<AsyncQuestion> Open)
{
    public static async Task<ContributorPlan?> ForAsync(
        IWorkshopRepository repository, string workshopId, string participantId, string? role, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(repository);
        var workshop = await repository.LoadAsync(workshopId, cancellationToken).ConfigureAwait(false);
        if (workshop is null)
        {
            return null;
        }

        var roles = role is null ? [] : await repository.ListRolesAsync(workshopId, cancellationToken).ConfigureAwait(false);
        return For(workshop, roles, participantId, role);
    }

    public static ContributorPlan For(WorkshopSnapshot workshop, IReadOnlyList<RoleAssignment> roles, string participantId, string? role)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        ArgumentNullException.ThrowIfNull(roles);
        var roleStages = role is null ? null : roles.FirstOrDefault(r => r.Role == RoleAssignment.Normalize(role))?.Stages;
        var stages = roleStages is { Count: > 0 } ? roleStages : Enumerable.Range(0, workshop.Frame.Stages.Count).ToList();
        return new ContributorPlan(workshop, stages, AsyncQuestion.OpenFor(workshop, participantId, stages));
    }
}
