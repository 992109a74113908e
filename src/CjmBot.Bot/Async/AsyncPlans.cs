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

        IReadOnlyList<int>? roleStages = null;
        if (role is not null)
        {
            var roles = await repository.ListRolesAsync(workshopId, cancellationToken).ConfigureAwait(false);
            roleStages = roles.FirstOrDefault(r => r.Role == RoleAssignment.Normalize(role))?.Stages;
        }

        var stages = roleStages is { Count: > 0 } ? roleStages : Enumerable.Range(0, workshop.Frame.Stages.Count).ToList();
        return new AsyncPlan(workshop, stages, AsyncQuestion.OpenFor(workshop, participantId, stages));
    }
}
