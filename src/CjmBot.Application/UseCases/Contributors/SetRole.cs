using CjmBot.Application.Gate;
using CjmBot.Application.Outcomes;
using CjmBot.Application.Requests;
using CjmBot.Workshops;
using CjmBot.Workshops.Async;
using CjmBot.Workshops.Writes;

namespace CjmBot.Application.UseCases.Contributors;

/// <summary><c>role support: Retention, Advocacy</c>: a role is asked only about these stages (by number or name).</summary>
public sealed record SetRole(Origin Origin, string Argument) : IRequest
{
    public Access Access => Access.Facilitator();
}

public sealed record RoleUsage(WorkshopHead Workshop) : Outcome;

/// <summary>A stage named is not one of the workshop's.</summary>
public sealed record UnknownStage(WorkshopHead Workshop) : Outcome;

public sealed record RoleSet(WorkshopHead Workshop, RoleAssignment Role) : Outcome;

public sealed class SetRoleHandler(IWorkshopRepository repository) : IUseCase<SetRole>
{
    public async Task<Outcome> HandleAsync(SetRole request, Admission admission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(admission);
        var head = admission.Workshop;
        var colon = request.Argument.IndexOf(':', StringComparison.Ordinal);
        var role = colon > 0 ? RoleAssignment.Normalize(request.Argument[..colon]) : "";
        var wanted = colon > 0 ? request.Argument[(colon + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
        if (role.Length == 0 || role.Any(char.IsWhiteSpace) || wanted.Length == 0)
        {
            return new RoleUsage(head);
        }

        var stages = wanted.Select(head.Frame.FindStage).ToList();
        if (stages.Contains(-1))
        {
            return new UnknownStage(head);
        }

        var assignment = new RoleAssignment(head.Frame.Id, role, [.. stages.Distinct().Order()]);
        var write = await repository.SaveRoleAsync(assignment, admission.OperationId, cancellationToken).ConfigureAwait(false);
        return Unwritten.Of(write) ?? new RoleSet(head, assignment);
    }
}
