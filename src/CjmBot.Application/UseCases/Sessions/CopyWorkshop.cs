using CjmBot.Application.Effects;
using CjmBot.Application.Gate;
using CjmBot.Application.Outcomes;
using CjmBot.Application.Requests;
using CjmBot.Workshops;
using CjmBot.Workshops.Progress;
using Microsoft.Extensions.Logging;

namespace CjmBot.Application.UseCases.Sessions;

/// <summary><c>copy</c>: the next version of the map with the same frame; the old one stops taking answers.</summary>
public sealed record CopyWorkshop(Origin Origin) : IRequest
{
    public Access Access => Access.Facilitator();
}

/// <summary>The copy was created and runs; <see cref="Previous"/> was closed.</summary>
public sealed record WorkshopCopied(WorkshopSnapshot Workshop, WorkshopHead Previous) : Outcome;

public sealed class CopyWorkshopHandler(IWorkshopRepository repository, TimeProvider time, ILogger<CopyWorkshopHandler> logger) : IUseCase<CopyWorkshop>
{
    public async Task<Outcome> HandleAsync(CopyWorkshop request, Admission admission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(admission);
        var head = admission.Workshop;
        var origin = request.Origin;
        var now = time.GetUtcNow();
        var frame = head.Frame with
        {
            Id = WorkshopIds.For(origin.OperationId),
            CreatedAt = now,
            Version = head.Frame.Version + 1,
            CopiedFromId = head.Frame.Id,
            Facilitators = [.. head.Frame.Facilitators.Union([origin.Actor.Id], StringComparer.Ordinal)],
        };

        // The old version stops taking answers: the copy is where the group works now. A redelivery finds it closed
        // already and goes on to the create, which is idempotent in its own right.
        var closed = head.Progress;
        if (head.Progress.Status != WorkshopStatus.Closed)
        {
            var update = await repository.UpdateProgressAsync(head.Frame.Id, admission.OperationId, (_, progress) => progress.Close(now), cancellationToken)
                .ConfigureAwait(false);
            closed = update.Change.Progress ?? head.Progress with { Status = WorkshopStatus.Closed, ClosedAt = now };
        }

        var created = await StartWorkshopHandler.CreateAsync(repository, origin, frame, now, logger, cancellationToken).ConfigureAwait(false);
        var previous = head with { Progress = closed };
        return created is WorkshopStarted started
            ? new WorkshopCopied(started.Workshop, previous) { Effects = [new TimerChanged(head.Frame, closed), new RetentionChanged(head.Frame, closed), .. started.Effects] }
            : created;
    }
}
