using CjmBot.Application.Gate;
using CjmBot.Application.Outcomes;
using CjmBot.Application.Requests;
using CjmBot.Workshops;
using CjmBot.Workshops.Async;

namespace CjmBot.Application.UseCases.Reading;

/// <summary>What a reader asks to see of a workshop: changes nothing, but passes the same gate (who may see what).</summary>
public enum WorkshopView
{
    /// <summary><c>status</c>: anyone; facilitators also see who was invited and who finished.</summary>
    Status,

    /// <summary><c>map</c>: anyone; a fresh map becomes the live one.</summary>
    Map,

    /// <summary><c>question</c> (and the button under <c>status</c>): anyone; the current question's card again.</summary>
    CurrentQuestion,

    /// <summary>The map's "All answers of this stage" button: anyone in the workshop's conversation.</summary>
    StageAnswers,

    /// <summary><c>export</c>: the summary card with download links, for facilitators.</summary>
    Summary,

    /// <summary><c>actions</c>: the card that turns top solutions into action items, for facilitators.</summary>
    ActionItems,

    /// <summary><c>conclude</c>: the card with the concluding questions, posted by a facilitator.</summary>
    Conclusions,

    /// <summary><c>delete</c>: the confirmation card, for facilitators.</summary>
    Deletion,

    /// <summary>The question card as Teams refreshes it for one person: anyone in the conversation; facilitators get the controls.</summary>
    QuestionCard,
}

public sealed record ReadWorkshop(Origin Origin, WorkshopView View) : IRequest
{
    /// <summary>The workshop a card names (the stage-answers button); otherwise the active one.</summary>
    public string? WorkshopId { get; init; }

    public Access Access => View switch
    {
        WorkshopView.Summary or WorkshopView.ActionItems or WorkshopView.Conclusions or WorkshopView.Deletion => Access.Facilitator(),
        _ when WorkshopId is not null => new Access(Who.Anyone, Scope.Named) { WorkshopId = WorkshopId },
        _ => Access.Anyone(),
    };
}

/// <summary>
/// The workshop as it stands. <see cref="Contributors"/> (invitations and the async window) is filled for a
/// facilitator's status; <see cref="Previous"/> (the version it was copied from) for a summary.
/// </summary>
public sealed record WorkshopRead(WorkshopSnapshot Workshop, WorkshopView View, bool ForFacilitator) : Outcome
{
    public ContributorsView? Contributors { get; init; }

    public WorkshopSnapshot? Previous { get; init; }
}

/// <summary>Who was asked to answer in a personal chat, and until when.</summary>
public sealed record ContributorsView(IReadOnlyList<Invitation> Invitations, AsyncWindow? Window);

public sealed class ReadWorkshopHandler(IWorkshopRepository repository) : IUseCase<ReadWorkshop>
{
    public async Task<Outcome> HandleAsync(ReadWorkshop request, Admission admission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(admission);
        var workshop = await repository.LoadAsync(admission.Workshop.Frame.Id, cancellationToken).ConfigureAwait(false);
        if (workshop is null)
        {
            return WorkshopGone.Instance;
        }

        var read = new WorkshopRead(workshop, request.View, admission.ActorIsFacilitator);
        switch (request.View)
        {
            case WorkshopView.Status when read.ForFacilitator:
                var invitations = await repository.ListInvitationsAsync(workshop.Frame.Id, cancellationToken).ConfigureAwait(false);
                var window = invitations.Count == 0 ? null : await repository.GetAsyncWindowAsync(workshop.Frame.Id, cancellationToken).ConfigureAwait(false);
                return read with { Contributors = new ContributorsView(invitations, window) };
            case WorkshopView.Summary when workshop.Frame.CopiedFromId is { } previousId:
                return read with { Previous = await repository.LoadAsync(previousId, cancellationToken).ConfigureAwait(false) };
            default:
                return read;
        }
    }
}
