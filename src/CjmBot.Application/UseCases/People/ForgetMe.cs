using CjmBot.Application.Effects;
using CjmBot.Application.Gate;
using CjmBot.Application.Outcomes;
using CjmBot.Application.Requests;
using CjmBot.Workshops;
using CjmBot.Workshops.People;
using Microsoft.Extensions.Logging;

namespace CjmBot.Application.UseCases.People;

/// <summary><c>forget me</c> in a personal chat: how many workshops hold the person's records, before they confirm.</summary>
public sealed record AskToForgetMe(Origin Origin) : IRequest
{
    public Access Access => new(Who.Anyone, Scope.Own);
}

/// <summary>The person's workshops, found by the person index (no workshop is scanned).</summary>
public sealed record ForgetAsked(int Workshops) : Outcome;

/// <summary>The answer on the "forget me?" card: only on that card, only by the person it was posted for, only in their personal chat.</summary>
public sealed record ForgetMe(Origin Origin, bool Confirmed) : IRequest
{
    public Access Access => new(Who.CardRecipient, Scope.Own) { CardKind = CardKinds.ForgetConfirmation };
}

public sealed record ForgetCancelled : Outcome;

/// <summary>The person is forgotten: <see cref="Erasure"/> sums what went, over <see cref="Workshops"/> workshops.</summary>
public sealed record PersonForgotten(int Workshops, PersonErasure Erasure) : Outcome;

public sealed class AskToForgetMeHandler(IWorkshopRepository repository) : IUseCase<AskToForgetMe>
{
    public async Task<Outcome> HandleAsync(AskToForgetMe request, Admission admission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var workshops = await repository.ListWorkshopsOfPersonAsync(request.Origin.Actor.Id, cancellationToken).ConfigureAwait(false);
        return new ForgetAsked(workshops.Count);
    }
}

/// <summary>
/// Erases the person from every workshop the index names (each workshop's records, their jobs and sequence cursor through
/// the effects, their maps redrawn), then the records of the cards posted for them in this chat, the confirmation
/// included: a redelivered click then finds no card and changes nothing.
/// </summary>
public sealed class ForgetMeHandler(IWorkshopRepository repository, ILogger<ForgetMeHandler> logger) : IUseCase<ForgetMe>
{
    public async Task<Outcome> HandleAsync(ForgetMe request, Admission admission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var origin = request.Origin;
        if (!request.Confirmed)
        {
            await repository.RemoveCardsPostedForAsync(origin.ConversationId, origin.Actor.Id, cancellationToken).ConfigureAwait(false);
            return new ForgetCancelled();
        }

        var (workshops, erasure, effects) = await PersonErasing.EraseAsync(
            repository, origin.Actor, await repository.ListWorkshopsOfPersonAsync(origin.Actor.Id, cancellationToken).ConfigureAwait(false), cancellationToken)
            .ConfigureAwait(false);
        var cards = await repository.RemoveCardsPostedForAsync(origin.ConversationId, origin.Actor.Id, cancellationToken).ConfigureAwait(false);
        erasure = erasure with { OtherItems = erasure.OtherItems + cards };
        Log.PersonForgotten(logger, workshops, erasure.Total);
        return new PersonForgotten(workshops, erasure) { Effects = effects };
    }
}

/// <summary>Erasing one person from some workshops, with the effects that follow (shared by "forget me" and a facilitator's "forget @name").</summary>
public static class PersonErasing
{
    public static async Task<(int Workshops, PersonErasure Erasure, IReadOnlyList<WorkshopEffect> Effects)> EraseAsync(
        IWorkshopRepository repository, Workshops.Frame.Participant person, IEnumerable<string> workshopIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(workshopIds);
        var total = PersonErasure.Nothing;
        var effects = new List<WorkshopEffect>();
        var workshops = 0;
        foreach (var workshopId in workshopIds)
        {
            if (await repository.ErasePersonAsync(workshopId, person, cancellationToken).ConfigureAwait(false) is not { } erased)
            {
                continue;
            }

            workshops++;
            total = total.Add(erased);
            // Reminders and a sequence cursor exist only for the invited; the live map (and the question card's names) is
            // redrawn without them when anything of theirs went.
            if (erased.Invitations > 0)
            {
                effects.Add(new RemindersCancelled(workshopId, person.Id));
                effects.Add(new SequenceLeft(workshopId, person.Id));
            }

            if (erased.Total > 0)
            {
                effects.Add(new MapChanged(workshopId));
            }
        }

        return (workshops, total, effects);
    }
}

/// <summary><c>my data</c> in a personal chat: how many workshops hold the person's records (the links are the bot's to sign).</summary>
public sealed record ReadMyData(Origin Origin) : IRequest
{
    public Access Access => new(Who.Anyone, Scope.Own);
}

/// <summary>The person's workshops, found by the person index.</summary>
public sealed record MyDataFound(int Workshops) : Outcome;

public sealed class ReadMyDataHandler(IWorkshopRepository repository) : IUseCase<ReadMyData>
{
    public async Task<Outcome> HandleAsync(ReadMyData request, Admission admission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var workshops = await repository.ListWorkshopsOfPersonAsync(request.Origin.Actor.Id, cancellationToken).ConfigureAwait(false);
        return new MyDataFound(workshops.Count);
    }
}
