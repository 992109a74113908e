using CjmBot.Application.Gate;
using CjmBot.Application.Outcomes;
using CjmBot.Application.Requests;
using CjmBot.Workshops;
using CjmBot.Workshops.Frame;
using CjmBot.Workshops.Writes;

namespace CjmBot.Application.UseCases.Sessions;

/// <summary><c>cofacilitator @name …</c>: shares the controls.</summary>
public sealed record AddCoFacilitators(Origin Origin, IReadOnlyList<Participant> People) : IRequest
{
    public Access Access => Access.Facilitator();
}

/// <summary>Nobody was named.</summary>
public sealed record CoFacilitatorsMissing(WorkshopHead Workshop) : Outcome;

public sealed record CoFacilitatorsAdded(WorkshopHead Workshop, IReadOnlyList<Participant> People) : Outcome;

public sealed class AddCoFacilitatorsHandler(IWorkshopRepository repository) : IUseCase<AddCoFacilitators>
{
    public async Task<Outcome> HandleAsync(AddCoFacilitators request, Admission admission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(admission);
        var head = admission.Workshop;
        var people = request.People.DistinctBy(person => person.Id).ToList();
        if (people.Count == 0)
        {
            return new CoFacilitatorsMissing(head);
        }

        var write = await repository.UpdateFrameAsync(head.Frame.Id, admission.OperationId, frame => frame with
        {
            Facilitators = [.. frame.Facilitators.Union(people.Select(person => person.Id), StringComparer.Ordinal)],
        }, cancellationToken).ConfigureAwait(false);
        return Unwritten.Of(write) ?? new CoFacilitatorsAdded(head, people);
    }
}
