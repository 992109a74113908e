using CjmBot.Application.Gate;
using CjmBot.Application.Outcomes;
using CjmBot.Application.Requests;
using CjmBot.Workshops;
using CjmBot.Workshops.Frame;
using CjmBot.Workshops.People;
using Microsoft.Extensions.Logging;

namespace CjmBot.Application.UseCases.People;

/// <summary><c>forget @name</c> in a workshop's chat: a facilitator asks to remove one participant from this workshop (someone who left, say).</summary>
public sealed record AskToForgetParticipant(Origin Origin, IReadOnlyList<Participant> People) : IRequest
{
    public Access Access => Access.Facilitator();
}

/// <summary>Confirm on a card: the participant and the workshop it names.</summary>
public sealed record ForgetParticipantAsked(WorkshopHead Workshop, Participant Person) : Outcome;

/// <summary>Nobody, or more than one person, was named (one at a time, so the card says exactly whom).</summary>
public sealed record ForgetParticipantUsage(WorkshopHead Workshop) : Outcome;

/// <summary>The named person is a facilitator of the workshop: they run it, so they are not erased from it.</summary>
public sealed record FacilitatorNotForgotten(WorkshopHead Workshop, Participant Person) : Outcome;

/// <summary>The answer on that card: only there, only by a facilitator, while it is the chat's current workshop.</summary>
public sealed record ForgetParticipant(Origin Origin, string WorkshopId, Participant Person, bool Confirmed) : IRequest
{
    public Access Access => new(Who.Facilitator, Scope.NamedActive) { WorkshopId = WorkshopId, CardKind = CardKinds.ForgetParticipantConfirmation };
}

public sealed record ForgetParticipantCancelled(WorkshopHead Workshop) : Outcome;

/// <summary>The participant is removed from this workshop; <see cref="Erasure"/> counts what went.</summary>
public sealed record ParticipantForgotten(WorkshopHead Workshop, Participant Person, PersonErasure Erasure) : Outcome;

public sealed class AskToForgetParticipantHandler : IUseCase<AskToForgetParticipant>
{
    public Task<Outcome> HandleAsync(AskToForgetParticipant request, Admission admission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(admission);
        var head = admission.Workshop;
        var people = request.People.DistinctBy(person => person.Id).ToList();
        Outcome outcome = people.Count != 1 ? new ForgetParticipantUsage(head)
            : head.Frame.IsFacilitator(people[0].Id) ? new FacilitatorNotForgotten(head, people[0])
            : new ForgetParticipantAsked(head, people[0]);
        return Task.FromResult(outcome);
    }
}

/// <summary>
/// Erases the participant from this one workshop (the way <c>forget me</c> does in each of theirs). Erasure is idempotent:
/// a second click (the card is replaced by the receipt, but a redelivery may come) finds nothing left and counts nothing.
/// </summary>
public sealed class ForgetParticipantHandler(IWorkshopRepository repository, ILogger<ForgetParticipantHandler> logger) : IUseCase<ForgetParticipant>
{
    public async Task<Outcome> HandleAsync(ForgetParticipant request, Admission admission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(admission);
        var head = admission.Workshop;
        if (!request.Confirmed)
        {
            return new ForgetParticipantCancelled(head);
        }

        if (head.Frame.IsFacilitator(request.Person.Id))
        {
            return new FacilitatorNotForgotten(head, request.Person);
        }

        var (_, erasure, effects) = await PersonErasing.EraseAsync(repository, request.Person, [head.Frame.Id], cancellationToken).ConfigureAwait(false);
        Log.PersonForgotten(logger, 1, erasure.Total);
        return new ParticipantForgotten(head, request.Person, erasure) { Effects = effects };
    }
}
