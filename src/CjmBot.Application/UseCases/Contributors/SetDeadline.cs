using CjmBot.Application.Effects;
using CjmBot.Application.Gate;
using CjmBot.Application.Outcomes;
using CjmBot.Application.Requests;
using CjmBot.Workshops;
using CjmBot.Workshops.Async;
using CjmBot.Workshops.Writes;
using Microsoft.Extensions.Logging;

namespace CjmBot.Application.UseCases.Contributors;

/// <summary><c>deadline …</c>: when the personal-chat window closes (<see cref="Deadline"/> null: the words were not a time).</summary>
public sealed record SetDeadline(Origin Origin, DateTimeOffset? Deadline) : IRequest
{
    public Access Access => Access.Facilitator();
}

public sealed record DeadlineUsage(WorkshopHead Workshop) : Outcome;

public sealed record DeadlineInPast(WorkshopHead Workshop) : Outcome;

public sealed record DeadlineSaved(WorkshopHead Workshop, DateTimeOffset Deadline) : Outcome;

public sealed class SetDeadlineHandler(IWorkshopRepository repository, TimeProvider time, ILogger<SetDeadlineHandler> logger) : IUseCase<SetDeadline>
{
    public async Task<Outcome> HandleAsync(SetDeadline request, Admission admission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(admission);
        var head = admission.Workshop;
        if (request.Deadline is not { } deadline)
        {
            return new DeadlineUsage(head);
        }

        if (deadline <= time.GetUtcNow())
        {
            return new DeadlineInPast(head);
        }

        var write = await repository.SaveAsyncWindowAsync(new AsyncWindow(head.Frame.Id, deadline, Closed: false), admission.OperationId, cancellationToken)
            .ConfigureAwait(false);
        if (Unwritten.Of(write) is { } unwritten)
        {
            return unwritten;
        }

        var reminded = (await repository.ListInvitationsAsync(head.Frame.Id, cancellationToken).ConfigureAwait(false))
            .Where(invitation => invitation.State == InvitationState.Invited)
            .Select(invitation => invitation.Person.Id)
            .ToList();
        Log.AsyncDeadlineSet(logger, head.Frame.Id, deadline);
        return new DeadlineSaved(head, deadline) { Effects = [new DeadlineSet(head.Frame.Id, deadline, reminded)] };
    }
}
