using CjmBot.Application.Gate;
using CjmBot.Application.Outcomes;
using CjmBot.Application.Requests;
using CjmBot.Workshops;
using CjmBot.Workshops.Contributions;
using CjmBot.Workshops.Progress;
using Microsoft.Extensions.Logging;

namespace CjmBot.Application.UseCases.Contributions;

/// <summary>
/// <c>edit …</c> replaces the sender's most recent answer (read exactly as that answer was: score, source, limits);
/// <c>undo</c> (<see cref="NewText"/> null) withdraws it. Both are new records; nothing recorded is overwritten.
/// </summary>
public sealed record ChangeLastAnswer(Origin Origin, string? NewText) : IRequest
{
    public bool IsUndo => NewText is null;

    public Access Access => Access.Anyone();
}

/// <summary>The sender has no answer standing in this workshop.</summary>
public sealed record NothingToChange(WorkshopHead Workshop) : Outcome;

/// <summary>The answer was replaced (<see cref="Withdrawn"/> false) or withdrawn; <see cref="Text"/> is what it says now, or said.</summary>
public sealed record AnswerChanged(WorkshopHead Workshop, bool Withdrawn, string Text) : Outcome;

public sealed class ChangeLastAnswerHandler(IWorkshopRepository repository, TimeProvider time, ILogger<ChangeLastAnswerHandler> logger)
    : IUseCase<ChangeLastAnswer>
{
    public async Task<Outcome> HandleAsync(ChangeLastAnswer request, Admission admission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(admission);
        var head = admission.Workshop;
        if (head.Progress.Status == WorkshopStatus.Closed)
        {
            return new ContributionsClosed(head, NotAccepting.Closed);
        }

        var workshop = await repository.LoadAsync(head.Frame.Id, cancellationToken).ConfigureAwait(false);
        if (workshop?.LastAnswerOf(request.Origin.Actor.Id) is not { } last)
        {
            return workshop is null ? WorkshopGone.Instance : new NothingToChange(head);
        }

        var reading = request.IsUndo ? null : AnswerReading.Read(last.Question, request.NewText, keptScore: last.Score);
        if (reading is { IsValid: false })
        {
            return new AnswerInvalid(head, new AnswerTarget(last.SegmentId, last.StageIndex, last.Question), reading);
        }

        var kind = request.IsUndo ? ContributionKind.Deletion : ContributionKind.Edit;
        var write = await repository.AddContributionAsync(new Contribution
        {
            Id = admission.OperationId,
            WorkshopId = head.Frame.Id,
            Kind = kind,
            Author = request.Origin.Actor,
            At = time.GetUtcNow(),
            TargetId = last.Id,
            Text = reading?.Text,
            Score = reading?.Score,
            Source = reading?.Source,
        }, cancellationToken).ConfigureAwait(false);
        return Contributed.Outcome(write, kind, head.Frame.Id, logger, () => new AnswerChanged(head, request.IsUndo, reading?.Text ?? last.Text));
    }
}
